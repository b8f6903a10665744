/** E-mail content that every host sends the same way: composed here, queued by the host. */
package io.lodestar.pmo.app.shared.mail;

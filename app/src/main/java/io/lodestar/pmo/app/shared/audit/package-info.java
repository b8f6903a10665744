/** Reading the audit log of configuration changes, newest first, a bounded page at a time. */
package io.lodestar.pmo.app.shared.audit;

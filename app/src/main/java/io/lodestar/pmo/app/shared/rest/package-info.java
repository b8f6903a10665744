/** JAX-RS plumbing shared by every Lodestar resource: error mapping and XSRF protection. */
package io.lodestar.pmo.app.shared.rest;

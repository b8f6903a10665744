/**
 * Capacity data on Active Objects (issue 10): the app's {@code CapacityStore} on the {@code CAP_*}
 * tables of model version 6.
 */
package io.lodestar.pmo.jira.capacity.persistence;

/** Active Objects storage of training and development (issue 10). */
package io.lodestar.pmo.jira.training.persistence;

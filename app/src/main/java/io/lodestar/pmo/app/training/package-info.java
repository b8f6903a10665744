/**
 * Training and development above the engine (issue 10): the host-neutral storage port ({@link
 * io.lodestar.pmo.app.training.TrainingStore}), who may see and change what ({@link
 * io.lodestar.pmo.app.training.TrainingAccess}), and the services the REST resources, the issue
 * panel, the page and the expiry reminder call ({@link
 * io.lodestar.pmo.app.training.TrainingService}).
 */
package io.lodestar.pmo.app.training;

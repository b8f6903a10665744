/**
 * The portfolio pages: list, portfolio/program/project/epic overviews with drill-down, the health
 * override form. Server-rendered (they work without JavaScript); controllers return view objects
 * and templates call only their methods.
 */
package io.lodestar.pmo.app.portfolio.web;

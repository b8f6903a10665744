package net.java.ao;

/**
 * Stand-in for the AO entity manager; plugins reach it only through {@code RawEntity} and do not
 * call it, so no members are declared. Checked against the activeobjects source
 * (net.java.ao.EntityManager) [unverified].
 */
public class EntityManager {
  protected EntityManager() {}
}

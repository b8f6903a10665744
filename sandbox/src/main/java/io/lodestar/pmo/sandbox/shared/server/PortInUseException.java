package io.lodestar.pmo.sandbox.shared.server;

/** The sandbox's port is taken by another process; the command line turns it into exit code 2. */
public final class PortInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String host;
  private final int port;

  public PortInUseException(String host, int port, Throwable cause) {
    super("port " + port + " on " + host + " is already in use", cause);
    this.host = host;
    this.port = port;
  }

  /** The host the sandbox tried to listen on. */
  public String host() {
    return host;
  }

  /** The port that was taken. */
  public int port() {
    return port;
  }
}

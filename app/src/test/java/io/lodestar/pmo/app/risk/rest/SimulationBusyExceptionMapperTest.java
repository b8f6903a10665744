package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

public class SimulationBusyExceptionMapperTest {

  private final SimulationBusyExceptionMapper target = new SimulationBusyExceptionMapper();

  @Test
  public void toResponse_shouldAnswer503WithRetryAfterAndAnErrorBody() {
    // when
    Response response = target.toResponse(new SimulationBusyException("Try again", 5));

    // then
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(response.getEntity()).isEqualTo(new ErrorBody(503, "Try again", null, null));
  }
}

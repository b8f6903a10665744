package io.lodestar.pmo.app.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

public class LodestarExceptionMapperTest {

  private final LodestarExceptionMapper target = new LodestarExceptionMapper();

  @Test
  public void toResponse_shouldAnswer400WithFields_forInvalidInput() {
    Response response =
        target.toResponse(InvalidInputException.of("Invalid model", "name", "Name is required"));

    assertThat(response.getStatus()).isEqualTo(400);
    ErrorBody body = (ErrorBody) response.getEntity();
    assertThat(body.errors()).containsExactly(new FieldError("name", "Name is required"));
    assertThat(body.currentVersion()).isNull();
  }

  @Test
  public void toResponse_shouldAnswer409WithCurrentVersion_forStaleVersion() {
    Response response = target.toResponse(new StaleVersionException("Changed meanwhile", 7));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((ErrorBody) response.getEntity()).currentVersion()).isEqualTo(7L);
  }
}

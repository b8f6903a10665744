package io.lodestar.pmo.app.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.EOFException;
import java.util.Map;
import org.junit.Test;

public class UnreadableBodyMapperTest {

  private final UnreadableBodyMapper target = new UnreadableBodyMapper();

  @Test
  public void toResponse_shouldAnswer400WithErrorBody_whenTheBodyIsMalformedJson() {
    // given
    JsonProcessingException malformed =
        catchThrowableOfType(
            JsonProcessingException.class, () -> new ObjectMapper().readTree("{\"name\": "));

    // when
    Response response = target.toResponse(malformed);

    // then
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    ErrorBody body = (ErrorBody) response.getEntity();
    assertThat(body.status()).isEqualTo(400);
    assertThat(body.message()).contains("could not be read");
    assertThat(body.errors()).isEmpty();
  }

  @Test
  public void toResponse_shouldAnswer400_whenTheBodyHasTheWrongShape() {
    // given
    JsonProcessingException wrongShape =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> new ObjectMapper().readValue("{\"version\": \"seven\"}", Versioned.class));

    // when
    Response response = target.toResponse(wrongShape);

    // then
    assertThat(response.getStatus()).isEqualTo(400);
  }

  @Test
  public void toResponse_shouldNotEchoTheParserMessage_whenItNamesInternalTypes() {
    // given
    JsonProcessingException wrongShape =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> new ObjectMapper().readValue("[1]", Versioned.class));

    // when
    Response response = target.toResponse(wrongShape);

    // then
    assertThat(((ErrorBody) response.getEntity()).message()).doesNotContain("Versioned");
  }

  @Test
  public void toResponse_shouldAnswer400_whenTheBodyEndsEarly() {
    // when
    Response response = target.toResponse(new EOFException("No content to map"));

    // then
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((ErrorBody) response.getEntity()).errors()).isEmpty();
  }

  @Test
  public void toResponse_shouldAnswerAsTheJaxRsMapperDoes_whenTheBodyIsUnreadable() {
    // when
    Response response = target.toResponse(new EOFException());

    // then
    Response jaxRs =
        new WebApplicationExceptionMapper().toResponse(new jakarta.ws.rs.BadRequestException());
    assertThat(response.getEntity()).isEqualTo(jaxRs.getEntity());
  }

  /** A DTO shape for the mapping failure. */
  public record Versioned(long version, Map<String, String> extra) {}
}

package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link Texts} through the I18nHelper of the current request's user (Jira's default locale when
 * there is none, e.g. in a scheduled job). Jira's helper reads every enabled plugin's i18n
 * resources, including Lodestar's, and answers an unknown key with the key itself.
 */
public final class JiraTexts implements Texts {

  private final JiraAuthenticationContext authenticationContext;

  public JiraTexts(JiraAuthenticationContext authenticationContext) {
    this.authenticationContext =
        Objects.requireNonNull(authenticationContext, "authenticationContext");
  }

  @Override
  public String text(String key, Object... args) {
    return of(authenticationContext.getI18nHelper()).text(key, args);
  }

  /**
   * @param i18n an i18n helper, e.g. one in another user's language
   * @return texts read from that helper
   */
  public static Texts of(I18nHelper i18n) {
    Objects.requireNonNull(i18n, "i18n");
    return (key, args) -> {
      Objects.requireNonNull(key, "key");
      if (args == null || args.length == 0) {
        return i18n.getText(key);
      }
      // The Object overload takes an array or a List of parameters; a List keeps the array from
      // being mistaken for a single value.
      return i18n.getText(key, (Object) Arrays.asList(args));
    };
  }
}

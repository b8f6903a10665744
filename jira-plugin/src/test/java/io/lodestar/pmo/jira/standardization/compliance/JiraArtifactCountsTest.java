package io.lodestar.pmo.jira.standardization.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.jql.parser.JqlParseException;
import com.atlassian.jira.jql.parser.JqlQueryParser;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort.CountAnswer;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort.Counted;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort.Unavailable;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class JiraArtifactCountsTest {

  private static final String JQL = "project = MOB AND issuetype = Epic AND duedate is EMPTY";

  private SearchService search;
  private JqlQueryParser parser;
  private ApplicationUser pmo;
  private Query query;
  private MessageSet noProblems;
  private JiraArtifactCounts target;

  @Before
  public void setUp() throws Exception {
    search = mock(SearchService.class);
    parser = mock(JqlQueryParser.class);
    JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    pmo = mock(ApplicationUser.class);
    when(auth.getLoggedInUser()).thenReturn(pmo);
    query = mock(Query.class);
    noProblems = mock(MessageSet.class);
    when(parser.parseQuery(JQL)).thenReturn(query);
    when(search.validateQuery(pmo, query)).thenReturn(noProblems);
    target = new JiraArtifactCounts(search, parser, auth);
  }

  @Test
  public void count_shouldBeTheSearchCountAsTheScanningUser_whenTheJqlIsValid() throws Exception {
    when(search.searchCount(pmo, query)).thenReturn(3L);

    CountAnswer answer = target.count(JQL);

    assertThat(answer).isEqualTo(new Counted(3));
    verify(search, never()).search(any(), any(), any());
  }

  @Test
  public void count_shouldBeUnavailableWithoutSearching_whenTheJqlDoesNotParse() throws Exception {
    when(parser.parseQuery("project = ")).thenThrow(JqlParseException.class);

    CountAnswer answer = target.count("project = ");

    assertThat(answer).isInstanceOf(Unavailable.class);
    assertThat(((Unavailable) answer).reason()).startsWith("JQL does not parse");
    verify(search, never()).searchCount(any(), any());
  }

  @Test
  public void count_shouldNameTheValidationErrors_whenTheJqlIsNotValid() throws Exception {
    MessageSet problems = mock(MessageSet.class);
    when(problems.hasAnyErrors()).thenReturn(true);
    when(problems.getErrorMessages()).thenReturn(Set.of("Field 'risk' does not exist."));
    when(search.validateQuery(pmo, query)).thenReturn(problems);

    CountAnswer answer = target.count(JQL);

    assertThat(answer).isEqualTo(new Unavailable("JQL is not valid: Field 'risk' does not exist."));
    verify(search, never()).searchCount(any(), any());
  }

  @Test
  public void count_shouldBeUnavailable_whenTheSearchFails() throws Exception {
    when(search.searchCount(pmo, query)).thenThrow(new SearchException("index unavailable"));

    assertThat(target.count(JQL))
        .isEqualTo(new Unavailable("the search failed: index unavailable"));
  }

  @Test
  public void count_shouldBeUnavailable_whenThereIsNoJql() {
    assertThat(target.count(" ")).isEqualTo(new Unavailable("no JQL"));
    assertThat(target.count(null)).isEqualTo(new Unavailable("no JQL"));
  }
}

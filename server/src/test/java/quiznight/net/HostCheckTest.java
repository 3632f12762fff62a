package quiznight.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which Host values name this server (DNS rebinding): the rule alone. */
class HostCheckTest {
    final HostCheck check = new HostCheck("https://quiz.example.org/quiz", List.of("quiz.school.lan"), Set.of(),
            Set.of("classroom-pc"));

    @Test
    void ipLiteralsAndLocalhost_areAllowed_withOrWithoutAPort() {
        assertThat(check.allows("192.168.1.20:8080")).isTrue();
        assertThat(check.allows("10.0.0.5")).isTrue();
        assertThat(check.allows("[::1]:8080")).isTrue();
        assertThat(check.allows("[fe80::1]")).isTrue();
        assertThat(check.allows("localhost:8080")).isTrue();
        assertThat(check.allows("LOCALHOST")).isTrue();
        assertThat(check.allows("app.localhost")).isTrue();
    }

    @Test
    void theServersOwnNames_areAllowed() {
        assertThat(check.allows("quiz.example.org")).isTrue();
        assertThat(check.allows("Quiz.Example.Org:443")).isTrue();
        assertThat(check.allows("quiz.school.lan:8080")).isTrue();
        assertThat(check.allows("classroom-pc:8080")).isTrue();
        assertThat(check.allows("classroom-pc.local:8080")).isTrue();
        assertThat(check.allows("quiz.example.org.")).isTrue();
    }

    @Test
    void otherNames_andMalformedValues_areRefused() {
        assertThat(check.allows("evil")).isFalse();
        assertThat(check.allows("evil.example:8080")).isFalse();
        assertThat(check.allows("quiz.example.org.evil.example")).isFalse();
        assertThat(check.allows("127.0.0.1.nip.io")).isFalse();
        assertThat(check.allows("localhost.evil.example")).isFalse();
        assertThat(check.allows("::1")).isFalse();
        assertThat(check.allows("[::1")).isFalse();
        assertThat(check.allows("[evil]:80")).isFalse();
        assertThat(check.allows("127.0.0.1:80x")).isFalse();
        assertThat(check.allows("")).isFalse();
        assertThat(check.allows(":8080")).isFalse();
    }

    @Test
    void noHostHeader_isNotABrowser_andPasses() {
        assertThat(check.allows(null)).isTrue();
    }

    @Test
    void starAllowsAnyName() {
        HostCheck open = new HostCheck(null, List.of("*"), Set.of(), Set.of());
        assertThat(open.allows("evil.example")).isTrue();
    }
}

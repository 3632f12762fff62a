package quiznight.organisers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHash_verifiesItsPassword_andNoOther() {
        String hash = PasswordHash.hash("correct horse battery".toCharArray());
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHash.verify(hash, "correct horse battery".toCharArray())).isTrue();
        assertThat(PasswordHash.verify(hash, "correct horse batterz".toCharArray())).isFalse();
        assertThat(PasswordHash.verify(hash, "".toCharArray())).isFalse();
    }

    @Test
    void twoHashesOfOnePassword_differByTheirSalt() {
        assertThat(PasswordHash.hash("same password".toCharArray())).isNotEqualTo(PasswordHash.hash("same password".toCharArray()));
    }

    @Test
    void aHashMadeByTheReferenceArgon2Library_verifies() {
        // Made with the reference C implementation (Debian's libargon2, argon2id_hash_encoded: t=2, m=19456, p=1,
        // salt "somesaltsomesalt", 32 bytes): what other tools write is read here.
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$/HetJC6LZ4lnwgLB+wJSS2a9bFu2Kq4HxwNWzoJq2qU";
        assertThat(PasswordHash.problem(reference)).isNull();
        assertThat(PasswordHash.verify(reference, "correct horse battery".toCharArray())).isTrue();
        assertThat(PasswordHash.verify(reference, "correct horse battery ".toCharArray())).isFalse();
    }

    @Test
    void malformedOrOverCostlyHashes_areNamedAsProblems_andNeverVerify() {
        assertThat(PasswordHash.problem("plaintext")).contains("not an Argon2id hash");
        assertThat(PasswordHash.problem("$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .contains("not an Argon2id hash");
        assertThat(PasswordHash.problem("$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .contains("out of range");
        assertThat(PasswordHash.verify("plaintext", "plaintext".toCharArray())).isFalse();
        assertThat(PasswordHash.verify(null, "x".toCharArray())).isFalse();
    }
}

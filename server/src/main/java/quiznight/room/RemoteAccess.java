package quiznight.room;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A room's remote links and remote sessions. A host mints a one-time link token; a phone that presents it (as the
 * token of a {@code resume}) claims it once and is given a session token of its own, which makes it a host connection
 * of the room from then on (it resumes with that, as the laptop resumes with the host token). A newer link replaces
 * an unclaimed older one. Links once used (or replaced) are remembered so they are refused with a clear sentence.
 * Lives on the room's loop, inside {@link RoomPeers}; journaled, so a restored room keeps them.
 */
final class RemoteAccess {
    /** What presenting a token came to. */
    enum Claim { NOT_REMOTE, USED, LINK, SESSION }

    private String link;
    private final Set<String> spent = new HashSet<>();
    /** Session token to its host key. */
    private final Map<String, String> sessions = new HashMap<>();

    /** A new one-time link token; an unclaimed older one stops working. */
    String mint() {
        String token = Tokens.token();
        minted(token);
        return token;
    }

    /** Records a minted link (also on replaying a journal). */
    void minted(String token) {
        if (link != null) {
            spent.add(link);
        }
        link = token;
    }

    /** A new session token for a claim of the current link, or null when {@code token} is not the current link. */
    String claim(String token) {
        if (link == null || !Tokens.same(token, link)) {
            return null;
        }
        String session = Tokens.token();
        claimed(token, session);
        return session;
    }

    /** Records a claim (also on replaying a journal). */
    void claimed(String linkToken, String session) {
        if (Tokens.same(linkToken, link)) {
            link = null;
        }
        spent.add(linkToken);
        sessions.put(session, "remote-" + (sessions.size() + 1));
    }

    /** What {@code token} is here: a used link, the session of a remote, or nothing of this class's. */
    Claim kind(String token) {
        if (token == null) {
            return Claim.NOT_REMOTE;
        }
        if (sessions.containsKey(token)) {
            return Claim.SESSION;
        }
        if (link != null && Tokens.same(token, link)) {
            return Claim.LINK;
        }
        return spent.contains(token) ? Claim.USED : Claim.NOT_REMOTE;
    }

    /** The host key of a remote session, or null. */
    String sessionKey(String session) {
        return session == null ? null : sessions.get(session);
    }

    /** How many phones claimed a link. */
    int sessions() {
        return sessions.size();
    }

    /** The outstanding link token, or null. */
    String link() {
        return link;
    }
}

package quiznight.room;

import java.util.ArrayList;
import java.util.List;
import quiznight.game.AnswerRecord;
import quiznight.game.Game;
import quiznight.game.Player;
import quiznight.game.QuestionWire;
import quiznight.game.WordTally;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ServerMessage;
import quiznight.protocol.Templates;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;

/** The messages a room sends, built from its game as it stands: each phase's, and each player's own. */
final class RoomMessages {
    static final int TOP = 10;
    /** Words in a word cloud at most: the projector sizes them by count. */
    static final int CLOUD_WORDS = 50;
    /** Players in a remote phone's lobby list at most: those who joined last. */
    static final int REMOTE_LIST = 50;

    private final String code;
    private final Quiz quiz;
    private final boolean hideText;
    private final Game game;
    private final Codec codec;
    private final RoomTeams teams;
    private final Templates templates;

    RoomMessages(RoomOptions options, Game game, Codec codec, RoomTeams teams) {
        this.teams = teams;
        this.code = options.code();
        this.quiz = options.quiz();
        this.hideText = options.hideText();
        this.game = game;
        this.codec = codec;
        this.templates = new Templates(codec);
    }

    Encoded encode(ServerMessage m) {
        return codec.encode(m);
    }

    ServerMessage.QuizInfo quizInfo() {
        return new ServerMessage.QuizInfo(quiz.id(), quiz.title(), game.total());
    }

    /** The lobby: a player's copy without the list of players, the laptop's with all of them. */
    ServerMessage lobby(boolean forHost) {
        return lobby(forHost ? game.playerCount() : -1);
    }

    /**
     * The lobby a remote phone is sent: the {@value #REMOTE_LIST} players who joined last (its list is for removing
     * a name that just appeared; a stadium's full list would be half a megabyte a second to a phone).
     */
    ServerMessage remoteLobby() {
        return lobby(REMOTE_LIST);
    }

    /** The lobby with the {@code listed} players who joined last ({@code -1}: no list). */
    private ServerMessage lobby(int listed) {
        List<ServerMessage.PlayerRef> players = null;
        if (listed >= 0) {
            int skip = game.playerCount() - listed;
            players = new ArrayList<>(Math.min(listed, game.playerCount()));
            for (Player p : game.players()) {
                if (skip-- > 0) {
                    continue;
                }
                players.add(new ServerMessage.PlayerRef(p.id(), p.name(), teams.number(p),
                        p.timeFactor() == 1 ? null : p.timeFactor()));
            }
        }
        return new ServerMessage.Lobby(code, game.playerCount(), game.locked(), players, nextMedia(0), teams.roster());
    }

    ServerMessage question() {
        return QuestionWire.question(game.question(), game.index(), game.total(), game.deadline(), hideText,
                game.options().talkMs() > 0 ? game.answersOpenAt() : null);
    }

    /**
     * The picture paths of the question at {@code index}, announced before it opens (the lobby before the first,
     * the standings before each next) so screens fetch them ahead; null when it has none or there is no such question.
     */
    private List<String> nextMedia(int index) {
        if (index >= game.total()) {
            return null;
        }
        List<String> paths = game.questions().get(index).mediaPaths();
        return paths.isEmpty() ? null : paths;
    }

    /**
     * A player's copy of the open question: the shared bytes, or with extra time the same plus {@code you}, their
     * own time limit and deadline. {@code player} null (the host) gets the shared bytes.
     */
    Encoded questionFor(Encoded shared, Player player) {
        if (player == null || player.extraMs() == 0) {
            return shared;
        }
        Question q = game.question();
        return codec.withField(shared, "you", new ServerMessage.OwnTime(q.timeLimitMs() + player.extraMs(),
                game.deadline() + player.extraMs()));
    }

    /** For the fan-out of a question: a player's own copy when it differs from the shared one, else null. */
    Encoded ownQuestion(Encoded shared, Player player) {
        return player.extraMs() == 0 ? null : questionFor(shared, player);
    }

    ServerMessage progress() {
        return new ServerMessage.Progress(game.index(), game.answered(), game.playerCount());
    }

    ServerMessage reveal() {
        return QuestionWire.reveal(game.question(), game.index(), game.counts(), game.answered(), game.correctCount(),
                game.hasCloud() ? cloudWords() : null, game.hasCloud() ? game.hiddenWords() : null);
    }

    private List<ServerMessage.WordCount> cloudWords() {
        List<ServerMessage.WordCount> words = new ArrayList<>();
        for (WordTally.Entry e : game.cloudTop(CLOUD_WORDS)) {
            words.add(new ServerMessage.WordCount(e.word(), e.count()));
        }
        return words;
    }

    /** The live word cloud of the open question (the host's). */
    ServerMessage words() {
        return new ServerMessage.Words(game.index(), cloudWords(), game.hiddenWords(), game.cloudTotal());
    }

    /** An answer's acknowledgement (from a template: one per answer). */
    Encoded ack(int index) {
        return templates.ack(index);
    }

    /**
     * Every player's own result of the question just closed, encoded from one template (the envelope written once
     * per reveal): about a microsecond a player on the room's loop rather than a Jackson serialization each.
     */
    java.util.function.Function<Player, Encoded> results() {
        Templates.Results t = templates.results(game.index());
        return p -> t.of(result(p));
    }

    /** A player's own result of the question just closed. */
    ServerMessage.Result result(Player p) {
        AnswerRecord a = p.answer(game.index());
        boolean correct = a != null && a.correct();
        return new ServerMessage.Result(game.index(), correct, a == null ? 0 : a.points(), a == null ? 0 : a.bonus(),
                p.score(), p.rank(), p.streak(), p.behind(), game.playerCount(), teams.standingOf(p));
    }

    private List<ServerMessage.Entry> entries(int n) {
        List<ServerMessage.Entry> top = new ArrayList<>();
        for (Player p : game.top(n)) {
            top.add(new ServerMessage.Entry(p.rank(), p.id(), p.name(), p.score(),
                    p.previousRank() == 0 ? null : p.previousRank()));
        }
        return top;
    }

    ServerMessage standings() {
        return new ServerMessage.Standings(game.index(), entries(TOP), game.playerCount(), nextMedia(game.index() + 1),
                teams.standings(), teams.leadersTop());
    }

    /** The final standings, as the host sees them. */
    Encoded finished() {
        return codec.encode(new ServerMessage.Finished(entries(3), entries(TOP), game.playerCount(), teams.standings()));
    }

    /** The final standings with a player's own rank and score added. */
    Encoded finishedFor(Encoded base, Player p) {
        return codec.withField(base, "you", new ServerMessage.You(p.rank(), p.score(), teams.standingOf(p)));
    }

    /** Sends the message of the current phase to one connection ({@code player} null for the laptop host). */
    void sendPhase(Peer peer, Player player) {
        sendPhase(peer, player, false);
    }

    /** As {@link #sendPhase(Peer, Player)}; {@code remote}: the host connection is a remote phone. */
    void sendPhase(Peer peer, Player player, boolean remote) {
        switch (game.phase()) {
            case LOBBY -> send(peer, player != null ? lobby(false) : remote ? remoteLobby() : lobby(true));
            case QUESTION -> {
                peer.send(questionFor(encode(question()), player));
                if (player == null) {
                    send(peer, progress());
                    if (game.hasCloud()) {
                        send(peer, words());
                    }
                }
            }
            case REVEAL -> {
                // The question too, so a screen that comes back mid-reveal can show what was asked.
                peer.send(questionFor(encode(question()), player));
                send(peer, reveal());
                if (player != null) {
                    send(peer, result(player));
                }
            }
            case STANDINGS -> send(peer, standings());
            case FINISHED -> {
                Encoded base = finished();
                peer.send(player == null ? base : finishedFor(base, player));
            }
        }
    }

    void send(Peer peer, ServerMessage message) {
        peer.send(codec.encode(message));
    }
}

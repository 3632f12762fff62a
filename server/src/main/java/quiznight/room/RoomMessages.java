package quiznight.room;

import java.util.ArrayList;
import java.util.List;
import quiznight.game.AnswerRecord;
import quiznight.game.Game;
import quiznight.game.Player;
import quiznight.protocol.Codec;
import quiznight.protocol.Encoded;
import quiznight.protocol.ServerMessage;
import quiznight.protocol.Templates;
import quiznight.quiz.Question;
import quiznight.quiz.Quiz;

/** The messages a room sends, built from its game as it stands: each phase's, and each player's own. */
final class RoomMessages {
    static final int TOP = 10;

    private final String code;
    private final Quiz quiz;
    private final boolean hideText;
    private final Game game;
    private final Codec codec;
    private final Templates templates;

    RoomMessages(RoomOptions options, Game game, Codec codec) {
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

    ServerMessage lobby(boolean forHost) {
        List<ServerMessage.PlayerRef> players = null;
        if (forHost) {
            players = new ArrayList<>(game.playerCount());
            for (Player p : game.players()) {
                players.add(new ServerMessage.PlayerRef(p.id(), p.name()));
            }
        }
        return new ServerMessage.Lobby(code, game.playerCount(), game.locked(), players);
    }

    ServerMessage question() {
        Question q = game.question();
        return new ServerMessage.Question(game.index(), game.total(), q.kind().wire(), q.text(), q.code(),
                q.choices(), q.timeLimitMs(), game.deadline(), q.points(), hideText, q.section());
    }

    ServerMessage progress() {
        return new ServerMessage.Progress(game.index(), game.answered(), game.playerCount());
    }

    ServerMessage reveal() {
        Question q = game.question();
        return new ServerMessage.Reveal(game.index(), q.kind().rules().solutionToWire(q.solution()), game.counts(),
                q.explanation(), game.answered(), game.correctCount(), q.docs());
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
                p.score(), p.rank(), p.streak(), p.behind(), game.playerCount());
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
        return new ServerMessage.Standings(game.index(), entries(TOP), game.playerCount());
    }

    /** The final standings, as the host sees them. */
    Encoded finished() {
        return codec.encode(new ServerMessage.Finished(entries(3), entries(TOP), game.playerCount()));
    }

    /** The final standings with a player's own rank and score added. */
    Encoded finishedFor(Encoded base, Player p) {
        return codec.withField(base, "you", new ServerMessage.You(p.rank(), p.score()));
    }

    /** Sends the message of the current phase to one connection ({@code player} null for the host). */
    void sendPhase(Peer peer, Player player) {
        switch (game.phase()) {
            case LOBBY -> send(peer, lobby(player == null));
            case QUESTION -> {
                send(peer, question());
                if (player == null) {
                    send(peer, progress());
                }
            }
            case REVEAL -> {
                // The question too, so a screen that comes back mid-reveal can show what was asked.
                send(peer, question());
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

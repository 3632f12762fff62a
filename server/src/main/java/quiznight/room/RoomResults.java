package quiznight.room;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import quiznight.game.AnswerRecord;
import quiznight.game.Clock;
import quiznight.game.Game;
import quiznight.game.Phase;
import quiznight.game.Player;
import quiznight.game.QuestionWire;
import quiznight.game.TeamPalette;
import quiznight.game.Teams;
import quiznight.quiz.Question;
import quiznight.results.FinishedAnswers;
import quiznight.results.GameResult;
import quiznight.results.ResultsStore;

/**
 * A room's results: built from its game, and published one way only, {@link #publish}, whether the game finished,
 * the server shut down, or the room expired with nobody connected. Publishing sets the result readable from any
 * thread (a volatile field: {@link GameResult} is immutable, so a reader sees it whole) and queues it for the
 * results folder. Built and published on the room's loop.
 */
final class RoomResults {
    private final RoomOptions options;
    private final Game game;
    private final Clock clock;
    private final ResultsStore store;
    /** Each player's real name for the report, by id (null where the room did not ask). */
    private final Function<String, String> realNames;
    private volatile GameResult result;

    RoomResults(RoomOptions options, Game game, Clock clock, ResultsStore store, Function<String, String> realNames) {
        this.options = options;
        this.game = game;
        this.clock = clock;
        this.store = store;
        this.realNames = realNames;
    }

    /** The published results, or null while none are. Safe from any thread. */
    GameResult get() {
        return result;
    }

    /**
     * The game finished: its complete results are published, and its journal, closed now, goes once they are on
     * disk.
     */
    GameResult publishFinished(RoomJournal journal) {
        GameResult r = build(true);
        journal.close();
        publish(r).thenRun(journal::delete);
        return r;
    }

    /**
     * The room goes before its game finished (shutdown, or nobody connected): a game that started has its results
     * so far published, unless some already are. With {@code deleteJournal} its journal goes too, once they are on
     * disk; otherwise it stays, and a restart restores the room from it.
     */
    void publishCutShort(RoomJournal journal, boolean deleteJournal) {
        if (result == null && game.phase() != Phase.LOBBY) {
            CompletableFuture<Path> written = publish(build(false));
            if (deleteJournal) {
                written.thenRun(journal::delete);
            }
        } else if (deleteJournal) {
            journal.delete();
        }
    }

    /** The one way results are published: readable from any thread at once, and queued for writing. */
    private CompletableFuture<Path> publish(GameResult r) {
        result = r;
        return store.write(r);
    }

    /**
     * Questions shown and revealed: none before the start; when finished, every one up to the last shown (ending
     * during a question reveals it); cut short, those whose question closed.
     */
    private int played() {
        if (game.index() < 0) {
            return 0;
        }
        boolean revealed = game.phase() != Phase.QUESTION;
        return Math.min(game.index() + (revealed ? 1 : 0), game.total());
    }

    /** The results as the game stands: {@code complete} when it finished, else cut short now. */
    private GameResult build(boolean complete) {
        List<GameResult.QuestionRef> questions = new ArrayList<>();
        List<Question> qs = game.questions();
        for (int i = 0; i < qs.size(); i++) {
            questions.add(QuestionWire.inResults(i, qs.get(i)));
        }
        List<Player> ranked = new ArrayList<>(game.ranking());
        List<GameResult.PlayerResult> players = new ArrayList<>();
        int read = Math.min(game.index(), qs.size() - 1) + 1;
        // A finished game's answers change no more: the results read them through rather than keep a copy.
        boolean readThrough = game.phase() == Phase.FINISHED;
        for (Player p : ranked) {
            List<GameResult.AnswerResult> answers = readThrough ? null : new ArrayList<>();
            int answered = 0;
            int correct = 0;
            for (int i = 0; i < read; i++) {
                AnswerRecord a = p.answer(i);
                if (a != null) {
                    if (answers != null) {
                        answers.add(answerResult(qs, i, a));
                    }
                    answered++;
                    correct += a.correct() ? 1 : 0;
                }
            }
            if (readThrough) {
                answers = new PlayerAnswers(p, qs, read, answered);
            }
            int team = game.teams() == null ? -1 : game.teams().teamOf(p.id());
            players.add(new GameResult.PlayerResult(p.rank(), p.id(), p.name(), p.score(), correct, answers,
                    team < 0 ? null : TeamPalette.style(team).name(), realNames.apply(p.id())));
        }
        return new GameResult(options.code(), new GameResult.QuizRef(options.quiz().id(), options.quiz().title()),
                options.createdAt(), game.startedAt(), complete ? game.finishedAt() : clock.millis(), complete,
                questions, players, played(), teams());
    }

    private static GameResult.AnswerResult answerResult(List<Question> qs, int index, AnswerRecord a) {
        return new GameResult.AnswerResult(index, qs.get(index).kind().rules().answerToWire(a.submission()),
                a.correct(), a.points(), a.responseMs());
    }

    /**
     * A finished game's player's answers to its first {@code read} questions, read from the {@link Player} when the
     * results are (the player keeps them compactly; see {@link FinishedAnswers}).
     */
    private static final class PlayerAnswers extends FinishedAnswers {
        private final Player player;
        private final List<Question> questions;

        PlayerAnswers(Player player, List<Question> questions, int read, int answered) {
            super(read, answered);
            this.player = player;
            this.questions = questions;
        }

        @Override
        protected boolean answered(int q) {
            return player.answered(q);
        }

        @Override
        protected GameResult.AnswerResult read(int q) {
            return answerResult(questions, q, player.answer(q));
        }
    }

    /** The team table, best first; null without teams. */
    private List<GameResult.TeamResult> teams() {
        if (game.teams() == null) {
            return null;
        }
        List<GameResult.TeamResult> out = new ArrayList<>();
        for (Teams.Standing s : game.teams().ranking()) {
            out.add(new GameResult.TeamResult(s.rank(), s.team(), s.name(), s.colour(), s.score(), s.members()));
        }
        return out;
    }
}

package quiznight.net;

import static quiznight.net.HttpJson.now;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quiznight.results.GameResult;
import quiznight.results.GameReport;
import quiznight.results.Recap;
import quiznight.results.ReportXlsx;
import quiznight.results.ResultsCsv;
import quiznight.room.Room;
import quiznight.room.RoomDirectory;
import quiznight.room.RoomRegistry;
import quiznight.room.Tokens;
import quiznight.session.CodeGuard;

/**
 * A room's results ({@code /api/rooms/<code>/results}) or QR code ({@code /api/rooms/<code>/qr.svg}; the QR code of
 * a remote link, {@code remote-qr.svg?token=}, encodes the remote page with the token given, which only the host who
 * was sent it knows: the room checks it when a phone presents it). Neither may
 * tell a stranger whether a code exists: results need the host token, and an unknown code and a wrong token are
 * answered alike (404); a QR code, and in cluster mode the results of a room held elsewhere (whose token is checked
 * there only once it finished), count against the address's budget of unknown codes ({@link CodeGuard}), the same
 * as WebSocket joins: past it, codes new to the address are refused with 429 whether they exist or not. A room held
 * elsewhere is looked up in Redis, so the answer may come later.
 */
final class RoomRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Pattern PATH = Pattern.compile("/api/rooms/(\\d{6})/(results|recap|qr\\.svg|remote-qr\\.svg)");
    private static final Pattern REMOTE_TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final RoomRegistry registry;
    private final CodeGuard codes;
    private final HttpResponses responses;

    RoomRoutes(RoomRegistry registry, CodeGuard codes, HttpResponses responses) {
        this.registry = registry;
        this.codes = codes;
        this.responses = responses;
    }

    CompletionStage<FullHttpResponse> answer(HttpExchange x) {
        Matcher m = PATH.matcher(x.path());
        if (!m.matches()) {
            throw new IllegalStateException(x.path());
        }
        String code = m.group(1);
        boolean recap = m.group(2).equals("recap");
        boolean results = recap || m.group(2).equals("results");
        QueryStringDecoder uri = x.uri();
        Optional<String> token = HttpJson.bearer(x.request());
        if (recap && token.isEmpty()) {
            FullHttpResponse r = responses.error(HttpResponseStatus.UNAUTHORIZED,
                    "A recap needs the header 'Authorization: Bearer <your player token>'.");
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            return now(r);
        }
        String remote = null;
        if (m.group(2).equals("remote-qr.svg")) {
            remote = uri.parameters().getOrDefault("token", List.of()).stream().findFirst().orElse("");
            if (!REMOTE_TOKEN.matcher(remote).matches()) {
                return now(responses.error(HttpResponseStatus.BAD_REQUEST,
                        "A remote link's QR code needs the link's token: ?token=<token>."));
            }
        }
        String remoteToken = remote;
        if (results && token.isEmpty()) {
            FullHttpResponse r = responses.error(HttpResponseStatus.UNAUTHORIZED,
                    "Results need the header 'Authorization: Bearer <hostToken>'.");
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            return now(r);
        }
        Optional<Room> local = registry.find(code);
        RoomDirectory directory = registry.directory();
        if (recap && (local.isPresent() || directory == RoomDirectory.NONE)) {
            return now(local.map(room -> recap(room.result(), room.finishedPlayerByToken(token.get())))
                    .orElseGet(this::noRecap));
        }
        if (results && (local.isPresent() || directory == RoomDirectory.NONE)) {
            return now(local.map(room -> results(room, token.get(), code, uri)).orElseGet(this::noResults));
        }
        String address = x.clientAddress();
        long now = System.currentTimeMillis();
        CodeGuard.Pass pass = codes.admit(address, code, now);
        if (pass == CodeGuard.Pass.REFUSED) {
            long seconds = Math.max(1, (codes.retryAfterMs(address, now) + 999) / 1000);
            return now(HttpJson.retryAfter(responses.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Too many unknown room codes from your "
                    + "network: check the code on the host's screen and try again in " + seconds + " s."), seconds));
        }
        if (local.isPresent()) {
            codes.found(address, code, pass, now);
            return now(qrFor(qrText(local.get().joinUrl(), code, remoteToken)));
        }
        if (directory == RoomDirectory.NONE) {
            return now(responses.error(HttpResponseStatus.NOT_FOUND, "No room has that code."));
        }
        CompletionStage<FullHttpResponse> answer;
        if (recap) {
            answer = directory.resultsElsewhere(code).thenApply(shared -> shared
                    .map(sr -> recap(parse(sr.json()), sr.playerTokens().get(Tokens.digest(token.get()))))
                    .orElseGet(this::noRecap));
        } else if (results) {
            answer = directory.resultsElsewhere(code).thenCompose(shared -> {
                if (shared.isPresent()) {
                    return CompletableFuture.completedFuture(sharedResults(code, token.get(), shared.get(), uri));
                }
                return directory.heldElsewhere(code).thenApply(held -> {
                    if (!held) {
                        return noResults();
                    }
                    codes.found(address, code, pass, now);
                    return responses.error(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
                });
            });
        } else {
            answer = directory.heldElsewhere(code).thenApply(held -> {
                if (!held) {
                    return responses.error(HttpResponseStatus.NOT_FOUND, "No room has that code.");
                }
                codes.found(address, code, pass, now);
                return qrFor(qrText(registry.joinUrl(code), code, remoteToken));
            });
        }
        return answer.exceptionally(failure -> {
            return HttpJson.retryAfter(responses.error(HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "The server could not reach the rest of its cluster just now; try again."), 5);
        });
    }

    private FullHttpResponse sharedResults(String code, String token, RoomDirectory.SharedResults shared, QueryStringDecoder uri) {
        if (!Tokens.same(Tokens.digest(token), shared.hostTokenDigest())) {
            return noResults();
        }
        return resultsIn(code, uri, shared::csv, shared::json, () -> parse(shared.json()));
    }

    /**
     * The results of one of an organiser's games (its session already checked): from the room while this server
     * holds it, else from its results file (the one of that room code created within a minute of the game).
     */
    FullHttpResponse ofGame(quiznight.organisers.GameHistory.Game game, HttpExchange x, java.nio.file.Path resultsDir) {
        Optional<Room> local = registry.find(game.code());
        if (local.isPresent()) {
            GameResult result = local.get().result();
            if (result == null) {
                return responses.error(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
            }
            if (near(result, game)) {
                return resultsIn(game.code(), x.uri(), result);
            }
        }
        GameResult saved = savedResult(game, resultsDir);
        if (saved == null) {
            return responses.error(HttpResponseStatus.NOT_FOUND, "The results of that game are not on this server "
                    + "(a game stopped before it started has none).");
        }
        return resultsIn(game.code(), x.uri(), saved);
    }

    /** The finished (or cut short) results of one of an organiser's games, from its room or its file; null: none. */
    GameResult finishedResult(quiznight.organisers.GameHistory.Game game, java.nio.file.Path resultsDir) {
        Optional<Room> local = registry.find(game.code());
        if (local.isPresent()) {
            GameResult result = local.get().result();
            if (result != null && near(result, game)) {
                return result;
            }
        }
        return savedResult(game, resultsDir);
    }

    private static boolean near(GameResult result, quiznight.organisers.GameHistory.Game game) {
        return Math.abs(result.createdAt() - game.createdAt()) < 60_000;
    }

    private static GameResult savedResult(quiznight.organisers.GameHistory.Game game, java.nio.file.Path dir) {
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return null;
        }
        try (java.nio.file.DirectoryStream<java.nio.file.Path> files =
                     java.nio.file.Files.newDirectoryStream(dir, "results-*-" + game.code() + ".json")) {
            for (java.nio.file.Path f : files) {
                try {
                    GameResult r = SAVED.readValue(f.toFile(), GameResult.class);
                    if (r.code().equals(game.code()) && near(r, game)) {
                        return r;
                    }
                } catch (java.io.IOException e) {
                    // a file being written or not a result: skip it
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SAVED = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** An unknown code and a wrong host token get this same answer: results do not tell whether a code exists. */
    private FullHttpResponse noResults() {
        return responses.error(HttpResponseStatus.NOT_FOUND, "No room with that code has that host token "
                + "(rooms are dropped 10 minutes after they finish).");
    }

    /**
     * Before the game finished, a stranger's token and a player's get this same answer: a recap tells nobody whether
     * a code exists, and no right answer leaves before the end.
     */
    private FullHttpResponse noRecap() {
        return responses.error(HttpResponseStatus.NOT_FOUND, "No finished game with that code has a player with that "
                + "token (recaps are ready once the game ends; rooms are dropped 10 minutes after they finish).");
    }

    /** The recap of {@code playerId} in {@code result} (either null: none). */
    private FullHttpResponse recap(GameResult result, String playerId) {
        if (result == null || playerId == null) {
            return noRecap();
        }
        return Recap.of(result, playerId)
                .map(r -> HttpResponses.bytes(HttpResponseStatus.OK, responses.jsonBytes(r), "application/json"))
                .orElseGet(this::noRecap);
    }

    private FullHttpResponse results(Room room, String token, String code, QueryStringDecoder uri) {
        if (!room.hostTokenMatches(token)) {
            return noResults();
        }
        GameResult result = room.result();
        if (result == null) {
            return responses.error(HttpResponseStatus.CONFLICT, "The game has not finished yet.");
        }
        return resultsIn(code, uri, result);
    }

    private FullHttpResponse resultsIn(String code, QueryStringDecoder uri, GameResult result) {
        return resultsIn(code, uri, () -> ResultsCsv.render(result), () -> responses.jsonBytes(result), () -> result);
    }

    private static GameResult parse(byte[] json) {
        try {
            return SAVED.readValue(json, GameResult.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The results as JSON or, with {@code ?format=csv}, as CSV; {@code ?format=report} the game report (what the
     * class got right and wrong, {@link GameReport}) as JSON, {@code ?format=xlsx} the report as a workbook.
     */
    private FullHttpResponse resultsIn(String code, QueryStringDecoder uri, Supplier<String> csv, Supplier<byte[]> jsonBody,
                                       Supplier<GameResult> result) {
        List<String> format = uri.parameters().get("format");
        if (format != null && format.contains("csv")) {
            FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, StaticFiles.utf8(csv.get()), "text/csv; charset=utf-8");
            r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"quiznight-" + code + ".csv\"");
            return r;
        }
        if (format != null && format.contains("report")) {
            return HttpResponses.bytes(HttpResponseStatus.OK, responses.jsonBytes(GameReport.of(result.get())), "application/json");
        }
        if (format != null && format.contains("xlsx")) {
            FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, ReportXlsx.render(GameReport.of(result.get())), XLSX);
            r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"quiznight-" + code + ".xlsx\"");
            return r;
        }
        if (format != null && !format.contains("json")) {
            return responses.error(HttpResponseStatus.BAD_REQUEST, "Format must be 'json', 'csv', 'report' or 'xlsx'.");
        }
        FullHttpResponse r = HttpResponses.bytes(HttpResponseStatus.OK, jsonBody.get(), "application/json");
        r.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "inline; filename=\"quiznight-" + code + ".json\"");
        return r;
    }

    private static String qrText(String joinUrl, String code, String remoteToken) {
        return remoteToken == null ? joinUrl : quiznight.room.RoomOptions.remoteUrl(joinUrl, code, remoteToken);
    }

    private static FullHttpResponse qrFor(String joinUrl) {
        return HttpJson.noStore(HttpResponses.bytes(HttpResponseStatus.OK, StaticFiles.utf8(QrCodes.svg(joinUrl)), "image/svg+xml"));
    }
}

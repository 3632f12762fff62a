package quiznight.loadtest.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: a bare Netty broadcast server that speaks just enough of the QuizNight contract for the same
 * bots to play the same game shape ({@code create}, {@code join}, {@code start}/{@code next}, {@code answer})
 * and sends the same messages with the same fields and sizes (questions, reveals and explanations from the
 * same quiz file), but does no game work: no scoring beyond a right/wrong count, no ranking, no journal, no
 * lobby or progress updates, no rate limits, no metrics. Broadcasts are built once as a WebSocket frame in a
 * pooled direct buffer and written as duplicates, one task per event loop, one flush per socket; acks are
 * written from the socket's own loop; personal results are built on each socket's loop. What it reaches on a
 * machine is the ceiling of fan-out for this client, these sockets and these frame sizes.
 */
public final class BareBroadcastServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel server;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final JsonNode quiz;
    /** Write each player's reveal and result together, with one flush (one syscall) instead of two. */
    private final boolean oneFlushReveal;

    private BareBroadcastServer(String bind, int port, JsonNode quiz, boolean oneFlushReveal) throws InterruptedException {
        this.quiz = quiz;
        this.oneFlushReveal = oneFlushReveal;
        boolean epoll = Epoll.isAvailable();
        boss = new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Http http = new Http();
        server = new ServerBootstrap().group(boss, workers)
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(4096, 8192, 8192));
                        ch.pipeline().addLast(new HttpObjectAggregator(16 * 1024));
                        ch.pipeline().addLast(new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                .websocketPath("/ws").checkStartsWith(true).handleCloseFrames(true)
                                .decoderConfig(WebSocketDecoderConfig.newBuilder().maxFramePayloadLength(4096)
                                        .allowExtensions(false).build())
                                .build()));
                        ch.pipeline().addLast(new WebSocketFrameAggregator(4096));
                        ch.pipeline().addLast(http);
                        ch.pipeline().addLast(new Session());
                    }
                })
                .bind(bind, port).sync().channel();
    }

    /** Starts on {@code bind:port} (0: any free port) sending the questions of {@code quizFile} (null: the bundled quiz). */
    public static BareBroadcastServer start(String bind, int port, String quizFile) throws IOException, InterruptedException {
        return start(bind, port, quizFile, false);
    }

    /**
     * @param oneFlushReveal write each player's {@code reveal} and {@code result} back to back with one flush,
     *                       instead of a reveal broadcast and then a results pass (an experiment for the server)
     */
    public static BareBroadcastServer start(String bind, int port, String quizFile, boolean oneFlushReveal)
            throws IOException, InterruptedException {
        byte[] bytes;
        if (quizFile == null) {
            try (InputStream in = BareBroadcastServer.class.getClassLoader().getResourceAsStream("quiznight/loadtest/loadtest.json")) {
                if (in == null) {
                    throw new IOException("the bundled quiz is missing");
                }
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(Path.of(quizFile));
        }
        return new BareBroadcastServer(bind, port, JSON.readTree(bytes), oneFlushReveal);
    }

    public int port() {
        return ((java.net.InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    public static void main(String[] args) throws Exception {
        int port = 8090;
        String bind = "127.0.0.1";
        String quizFile = null;
        boolean oneFlush = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--bind" -> bind = args[++i];
                case "--quiz-file" -> quizFile = args[++i];
                case "--one-flush-reveal" -> oneFlush = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BareBroadcastServer s = start(bind, port, quizFile, oneFlush);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            stop.countDown();
        }));
        System.out.println("bare broadcast server on ws://" + bind + ":" + s.port() + "/ws");
        stop.await();
    }

    // ---- wire helpers -------------------------------------------------------------------------------

    static String sentAt() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
        long whole = micros / 1000;
        int frac = (int) (micros % 1000);
        return frac == 0 ? Long.toString(whole) : whole + "." + Integer.toString(1000 + frac).substring(1);
    }

    /** An unmasked final text frame in a pooled direct buffer. */
    static ByteBuf frame(byte[] payload) {
        int n = payload.length;
        ByteBuf b = ByteBufAllocator.DEFAULT.directBuffer((n < 126 ? 2 : n <= 0xFFFF ? 4 : 10) + n);
        b.writeByte(0x81);
        if (n < 126) {
            b.writeByte(n);
        } else if (n <= 0xFFFF) {
            b.writeByte(126);
            b.writeShort(n);
        } else {
            b.writeByte(127);
            b.writeLong(n);
        }
        return b.writeBytes(payload);
    }

    static byte[] message(String type, ObjectNode body) {
        String rest = body == null || body.isEmpty() ? "}" : "," + body.toString().substring(1);
        return ("{\"type\":\"" + type + "\",\"sentAt\":" + sentAt() + rest).getBytes(StandardCharsets.UTF_8);
    }

    static void send(Channel ch, byte[] payload) {
        ch.writeAndFlush(frame(payload), ch.voidPromise());
    }

    static void error(Channel ch, String code, String text) {
        ObjectNode o = JSON.createObjectNode().put("code", code).put("message", text);
        send(ch, message("error", o));
    }

    static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    /** {@code /healthz} and {@code /metrics} (heap pools, in the server's metric names) for the load generator. */
    @ChannelHandler.Sharable
    private static final class Http extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            String path = req.uri();
            String body;
            HttpResponseStatus status = HttpResponseStatus.OK;
            if (path.startsWith("/healthz")) {
                body = "ok\n";
            } else if (path.startsWith("/metrics")) {
                StringBuilder b = new StringBuilder("# TYPE jvm_memory_used_bytes gauge\n");
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) {
                        b.append("jvm_memory_used_bytes{area=\"heap\",id=\"").append(p.getName()).append("\"} ")
                                .append(p.getUsage().getUsed()).append('\n');
                    }
                }
                body = b.toString();
            } else {
                status = HttpResponseStatus.NOT_FOUND;
                body = "not found\n";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            HttpUtil.setContentLength(r, bytes.length);
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
        }
    }

    // ---- a connection ---------------------------------------------------------------------------------

    /** The fields of a client frame the baseline reads. */
    private static final class In {
        String type;
        String code;
        String name;
        String quiz;
        int index = -1;
        int questions = -1;
        int timeLimitSec = -1;
        String answer;
    }

    private static In parse(String text) throws IOException {
        In in = new In();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                switch (f) {
                    case "type" -> in.type = p.getText();
                    case "code" -> in.code = p.getText();
                    case "name" -> in.name = p.getText();
                    case "quiz" -> in.quiz = p.getText();
                    case "index" -> in.index = p.getIntValue();
                    case "choice", "text", "value" -> in.answer = p.getText();
                    case "choices" -> {
                        StringBuilder b = new StringBuilder();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            b.append(b.length() == 0 ? "" : ",").append(p.getText());
                        }
                        in.answer = b.toString();
                    }
                    case "options" -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                p.nextToken();
                                if (g.equals("questions")) {
                                    in.questions = p.getIntValue();
                                } else if (g.equals("timeLimitSec")) {
                                    in.timeLimitSec = p.getIntValue();
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return in;
    }

    private final class Session extends SimpleChannelInboundHandler<WebSocketFrame> {
        private Room room;
        private volatile Player player;
        private boolean host;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (!(frame instanceof TextWebSocketFrame t)) {
                return;
            }
            In in;
            try {
                in = parse(t.text());
            } catch (IOException e) {
                error(ctx.channel(), "bad-json", "The frame is not valid JSON.");
                return;
            }
            Channel ch = ctx.channel();
            String type = in.type == null ? "" : in.type;
            switch (type) {
                case "create" -> {
                    if (room != null) {
                        error(ch, "wrong-phase", "This connection is already in a room.");
                        return;
                    }
                    Room r = newRoom(in);
                    room = r;
                    host = true;
                    r.loop.execute(() -> r.open(ch));
                }
                case "join" -> {
                    Room r = in.code == null ? null : rooms.get(in.code);
                    if (r == null || room != null) {
                        error(ch, "room-not-found", "No room has that code.");
                        return;
                    }
                    room = r;
                    String name = in.name == null ? "player" : in.name;
                    r.loop.execute(() -> player = r.join(ch, name));
                }
                case "start", "next" -> {
                    if (!host) {
                        error(ch, "not-host", "Only the host of a room can do that.");
                        return;
                    }
                    Room r = room;
                    r.loop.execute(r::next);
                }
                case "answer" -> {
                    Player p = player;
                    Room r = room;
                    if (p == null || r == null) {
                        error(ch, "wrong-phase", "Join a room before answering.");
                        return;
                    }
                    r.answer(p, in.index, in.answer);
                }
                default -> error(ch, "bad-message", "Unknown message type.");
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            Room r = room;
            Player p = player;
            if (r != null && p != null) {
                r.loop.execute(() -> r.leave(p));
            }
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private Room newRoom(In in) {
        List<JsonNode> qs = new ArrayList<>();
        quiz.path("questions").forEach(qs::add);
        int n = in.questions > 0 ? Math.min(in.questions, qs.size()) : qs.size();
        int limitSec = in.timeLimitSec > 0 ? in.timeLimitSec : quiz.path("timeLimitSec").asInt(20);
        while (true) {
            String code = String.valueOf(100_000 + RANDOM.nextInt(900_000));
            Room r = new Room(code, workers.next(), qs.subList(0, n), limitSec * 1000L);
            if (rooms.putIfAbsent(code, r) == null) {
                return r;
            }
        }
    }

    // ---- a room ---------------------------------------------------------------------------------------

    private static final class Player {
        final Channel ch;
        final String id;
        final String name;
        volatile int answeredIndex = -1;
        volatile String answer;
        int score;
        boolean lastCorrect;
        int lastPoints;

        Player(Channel ch, String id, String name) {
            this.ch = ch;
            this.id = id;
            this.name = name;
        }
    }

    private enum Phase { LOBBY, QUESTION, REVEAL, STANDINGS, FINISHED }

    /** One room, confined to one event loop (like QuizNight's), except the answer count. */
    private final class Room {
        final String code;
        final EventLoop loop;
        final List<JsonNode> questions;
        final long timeLimitMs;
        final List<Player> players = new ArrayList<>();
        final Map<EventLoop, List<Player>> byLoop = new IdentityHashMap<>();
        final AtomicInteger answered = new AtomicInteger();
        volatile int connected;
        volatile Phase phase = Phase.LOBBY;
        volatile int index = -1;
        Channel host;
        ScheduledFuture<?> deadline;

        Room(String code, EventLoop loop, List<JsonNode> questions, long timeLimitMs) {
            this.code = code;
            this.loop = loop;
            this.questions = questions;
            this.timeLimitMs = timeLimitMs;
        }

        void open(Channel ch) {
            host = ch;
            ObjectNode o = JSON.createObjectNode();
            o.put("code", code).put("hostToken", token(16)).put("joinUrl", "http://127.0.0.1/play?code=" + code);
            o.putObject("quiz").put("id", quiz.path("id").asText()).put("title", quiz.path("title").asText())
                    .put("questions", questions.size());
            send(ch, message("created", o));
        }

        Player join(Channel ch, String name) {
            if (phase == Phase.FINISHED) {
                error(ch, "wrong-phase", "This game has finished.");
                return null;
            }
            Player p = new Player(ch, "p" + (players.size() + 1), name);
            players.add(p);
            byLoop.computeIfAbsent(ch.eventLoop(), l -> new ArrayList<>()).add(p);
            connected++;
            ObjectNode o = JSON.createObjectNode().put("playerId", p.id).put("token", token(32)).put("name", name);
            send(ch, message("joined", o));
            return p;
        }

        void leave(Player p) {
            connected--;
        }

        void next() {
            switch (phase) {
                case LOBBY, STANDINGS -> {
                    if (index + 1 < questions.size()) {
                        openQuestion(index + 1);
                    } else {
                        finish();
                    }
                }
                case QUESTION -> closeQuestion(index);
                case REVEAL -> standings();
                case FINISHED -> {
                }
            }
        }

        private JsonNode q() {
            return questions.get(index);
        }

        private void openQuestion(int i) {
            answered.set(0);
            index = i;
            JsonNode q = q();
            ObjectNode o = JSON.createObjectNode();
            o.put("index", i).put("total", questions.size()).put("kind", q.path("kind").asText())
                    .put("text", q.path("text").asText());
            ArrayNode choices = o.putArray("choices");
            if (q.has("choices")) {
                q.get("choices").forEach(choices::add);
            } else if (q.path("kind").asText().equals("truefalse")) {
                choices.add("True").add("False");
            }
            o.put("timeLimitMs", timeLimitMs).put("deadline", System.currentTimeMillis() + timeLimitMs)
                    .put("points", q.path("points").asInt(1)).put("hideText", false);
            if (q.has("section")) {
                o.put("section", q.get("section").asText());
            }
            phase = Phase.QUESTION;
            broadcast(message("question", o), true);
            deadline = loop.schedule(() -> closeQuestion(i), timeLimitMs, TimeUnit.MILLISECONDS);
        }

        /** On the answering socket's loop: ack at once, count, and close the question when everyone has answered. */
        void answer(Player p, int i, String answer) {
            if (phase != Phase.QUESTION || i != index) {
                error(p.ch, "question-closed", "That question is not open for answers.");
                return;
            }
            if (p.answeredIndex == i) {
                error(p.ch, "already-answered", "You have already answered this question.");
                return;
            }
            p.answer = answer;
            p.answeredIndex = i;
            send(p.ch, ("{\"type\":\"ack\",\"sentAt\":" + sentAt() + ",\"index\":" + i + "}").getBytes(StandardCharsets.US_ASCII));
            if (answered.incrementAndGet() >= connected) {
                loop.execute(() -> closeQuestion(i));
            }
        }

        private void closeQuestion(int i) {
            if (phase != Phase.QUESTION || index != i) {
                return;
            }
            phase = Phase.REVEAL;
            if (deadline != null) {
                deadline.cancel(false);
            }
            JsonNode q = q();
            // A poll has no right answer: nobody is correct, and the reveal says "correct": [].
            JsonNode correct = q.has("correct") ? q.get("correct") : JSON.createArrayNode();
            String right = correct.isArray() ? join(correct) : correct.path("value").asText();
            int choices = q.has("choices") ? q.get("choices").size() : q.path("kind").asText().equals("truefalse") ? 2 : 0;
            int[] counts = new int[choices];
            int answeredCount = 0;
            int correctCount = 0;
            for (Player p : players) {
                boolean ok = false;
                if (p.answeredIndex == i) {
                    answeredCount++;
                    String a = p.answer;
                    ok = a != null && a.equals(right);
                    if (a != null && choices > 0) {
                        for (String c : a.split(",")) {
                            try {
                                int k = Integer.parseInt(c);
                                if (k >= 0 && k < choices) {
                                    counts[k]++;
                                }
                            } catch (NumberFormatException e) {
                                // a text answer
                            }
                        }
                    }
                }
                p.lastCorrect = ok;
                p.lastPoints = ok ? 1000 : 0;
                p.score += p.lastPoints;
                correctCount += ok ? 1 : 0;
            }
            ObjectNode o = JSON.createObjectNode();
            o.put("index", i).set("correct", correct);
            ArrayNode c = o.putArray("counts");
            for (int k : counts) {
                c.add(k);
            }
            o.put("explanation", q.path("explanation").asText("")).put("answered", answeredCount).put("correctCount", correctCount);
            byte[] reveal = message("reveal", o);
            ByteBuf revealFrame = null;
            if (oneFlushReveal) {
                revealFrame = frame(reveal);
                if (host != null && host.isActive()) {
                    host.writeAndFlush(revealFrame.retainedDuplicate(), host.voidPromise());
                }
            } else {
                broadcast(reveal, true);
            }
            int total = players.size();
            // Personal results, built on each socket's own loop (with the reveal in front when one flush).
            for (Map.Entry<EventLoop, List<Player>> e : byLoop.entrySet()) {
                List<Player> group = e.getValue();
                ByteBuf shared = revealFrame == null ? null : revealFrame.retainedDuplicate();
                e.getKey().execute(() -> {
                    for (Player p : group) {
                        if (shared != null && p.ch.isActive()) {
                            p.ch.write(shared.retainedDuplicate(), p.ch.voidPromise());
                        }
                        if (p.ch.isActive()) {
                            String r = "{\"type\":\"result\",\"sentAt\":" + sentAt() + ",\"index\":" + i + ",\"correct\":"
                                    + p.lastCorrect + ",\"points\":" + p.lastPoints + ",\"bonus\":0,\"score\":" + p.score
                                    + ",\"rank\":1,\"streak\":0,\"behind\":0,\"players\":" + total + "}";
                            p.ch.write(frame(r.getBytes(StandardCharsets.US_ASCII)), p.ch.voidPromise());
                        }
                    }
                    for (Player p : group) {
                        p.ch.flush();
                    }
                    if (shared != null) {
                        shared.release();
                    }
                });
            }
            if (revealFrame != null) {
                revealFrame.release();
            }
        }

        private String join(JsonNode arr) {
            StringBuilder b = new StringBuilder();
            arr.forEach(n -> b.append(b.length() == 0 ? "" : ",").append(n.asText()));
            return b.toString();
        }

        /** The first ten players in join order: the baseline does not rank. */
        private ArrayNode top(ObjectNode o, String field, int n) {
            ArrayNode top = o.putArray(field);
            for (int k = 0; k < Math.min(n, players.size()); k++) {
                Player p = players.get(k);
                top.addObject().put("rank", k + 1).put("playerId", p.id).put("name", p.name).put("score", p.score)
                        .put("previousRank", k + 1);
            }
            return top;
        }

        private void standings() {
            phase = Phase.STANDINGS;
            ObjectNode o = JSON.createObjectNode();
            o.put("index", index);
            top(o, "top", 10);
            o.put("players", players.size());
            broadcast(message("standings", o), true);
        }

        private void finish() {
            phase = Phase.FINISHED;
            ObjectNode o = JSON.createObjectNode();
            top(o, "podium", 3);
            top(o, "top", 10);
            o.put("players", players.size());
            byte[] base = message("finished", o);
            if (host != null && host.isActive()) {
                send(host, base);
            }
            String head = new String(base, 0, base.length - 1, StandardCharsets.UTF_8);
            for (Map.Entry<EventLoop, List<Player>> e : byLoop.entrySet()) {
                List<Player> group = e.getValue();
                e.getKey().execute(() -> {
                    for (Player p : group) {
                        if (p.ch.isActive()) {
                            String r = head + ",\"you\":{\"rank\":1,\"score\":" + p.score + "}}";
                            p.ch.write(frame(r.getBytes(StandardCharsets.UTF_8)), p.ch.voidPromise());
                        }
                    }
                    for (Player p : group) {
                        p.ch.flush();
                    }
                });
            }
            rooms.remove(code);
        }

        /** The same frame to every player (and the host): built once, duplicates written per loop, one flush each. */
        private void broadcast(byte[] payload, boolean withHost) {
            ByteBuf frame = frame(payload);
            try {
                if (withHost && host != null && host.isActive()) {
                    host.writeAndFlush(frame.retainedDuplicate(), host.voidPromise());
                }
                for (Map.Entry<EventLoop, List<Player>> e : byLoop.entrySet()) {
                    ByteBuf shared = frame.retainedDuplicate();
                    List<Player> group = e.getValue();
                    Runnable task = () -> {
                        try {
                            for (Player p : group) {
                                if (p.ch.isActive()) {
                                    p.ch.write(shared.retainedDuplicate(), p.ch.voidPromise());
                                }
                            }
                            for (Player p : group) {
                                p.ch.flush();
                            }
                        } finally {
                            shared.release();
                        }
                    };
                    if (e.getKey().inEventLoop()) {
                        task.run();
                    } else {
                        e.getKey().execute(task);
                    }
                }
            } finally {
                frame.release();
            }
        }
    }
}

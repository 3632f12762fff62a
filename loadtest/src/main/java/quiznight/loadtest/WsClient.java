package quiznight.loadtest;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.AttributeKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's WebSocket client: one Netty event loop group for every socket of this process (no
 * thread per socket), epoll where available, each socket bound to one of several loopback source addresses
 * so that one server port can take more than the ~28k connections one address pair allows.
 */
final class WsClient implements AutoCloseable {
    /** Callbacks of one connection, all on that connection's event loop. */
    interface Listener {
        /** The WebSocket handshake completed. */
        void onOpen(Channel ch);

        /** A text message; {@code receivedAt} was read before anything else was done with it. */
        void onText(Channel ch, byte[] payload, double receivedAt);

        /** An open connection closed (by either side). */
        void onClosed(Channel ch);

        /** The TCP connect or the WebSocket handshake failed; the connection never opened. */
        void onFailed(Throwable cause);
    }

    static final int MAX_MESSAGE = 16 << 20;

    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final List<URI> uris = new ArrayList<>();
    private final List<InetSocketAddress> remotes = new ArrayList<>();
    private final List<InetSocketAddress> sources = new ArrayList<>();
    private final boolean epoll;

    /**
     * @param nodes           the servers' WebSocket endpoints (one, or the nodes of a cluster)
     * @param sourceAddresses how many loopback source addresses to spread sockets over (127.0.0.2, .3, ...);
     *                        0 lets the kernel choose
     * @param sourceOffset    the first of them ({@link Spread#sourceAddress})
     */
    /** Headers every upgrade request of this client carries (the hosts' organiser key). */
    private final DefaultHttpHeaders upgradeHeaders = new DefaultHttpHeaders();

    /** Adds a header to every later upgrade request (call before connecting). */
    void upgradeHeader(String name, String value) {
        upgradeHeaders.set(name, value);
    }

    WsClient(List<URI> nodes, int threads, int sourceAddresses, int sourceOffset) {
        for (URI uri : nodes) {
            uris.add(uri);
            remotes.add(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80));
        }
        this.epoll = Epoll.isAvailable();
        this.group = new MultiThreadIoEventLoopGroup(threads,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        for (int i = 0; i < sourceAddresses; i++) {
            sources.add(new InetSocketAddress(Spread.sourceAddress(sourceOffset, i), 0));
        }
        Bootstrap b = new Bootstrap().group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
        if (epoll) {
            // Pick the port at connect(), per destination: a bound source address then reuses ports freely.
            b.option(EpollChannelOption.IP_BIND_ADDRESS_NO_PORT, true);
        }
        this.bootstrap = b;
    }

    String transport() {
        return epoll ? "epoll" : "nio";
    }

    EventLoopGroup group() {
        return group;
    }

    /**
     * Opens one connection to node {@code node}, from source address {@code source % sources} when source addresses
     * are used.
     */
    void connect(int node, int source, Listener listener) {
        connect(node, source, listener, null);
    }

    /**
     * The same, on event loop {@code loop} (one of this client's; null: the group's choice): a reconnecting bot keeps
     * its loop, so its timers and its new connection's events never run at once.
     */
    void connect(int node, int source, Listener listener, EventLoop loop) {
        URI uri = uris.get(node);
        InetSocketAddress remote = remotes.get(node);
        Conn conn = new Conn(listener);
        Bootstrap b = (loop == null ? bootstrap.clone() : bootstrap.clone(loop)).handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpClientCodec());
                ch.pipeline().addLast(new HttpObjectAggregator(64 * 1024));
                ch.pipeline().addLast(CLOSE_STATUS_READER);
                ch.pipeline().addLast(new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                        .webSocketUri(uri)
                        .version(WebSocketVersion.V13)
                        .allowExtensions(false)
                        .customHeaders(upgradeHeaders)
                        .maxFramePayloadLength(MAX_MESSAGE)
                        .handleCloseFrames(true)
                        .dropPongFrames(true)
                        .generateOriginHeader(false)
                        .handshakeTimeoutMillis(60_000)
                        .build()));
                ch.pipeline().addLast(new WebSocketFrameAggregator(MAX_MESSAGE));
                ch.pipeline().addLast(conn);
            }
        });
        ChannelFuture f = sources.isEmpty() ? b.connect(remote) : b.connect(remote, sources.get(source % sources.size()));
        f.addListener(done -> {
            if (!done.isSuccess()) {
                conn.fail(done.cause());
            }
        });
    }

    /** {@link #connect(int, int, Listener, EventLoop)} after {@code delayMs} (scheduled on {@code loop}, or any). */
    void connectLater(int node, int source, Listener listener, EventLoop loop, long delayMs) {
        if (delayMs <= 0) {
            connect(node, source, listener, loop);
        } else {
            (loop == null ? group.next() : loop).schedule(() -> connect(node, source, listener, loop), delayMs,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The status of the close frame the server sent on {@code ch}, or -1 when none came (the TCP connection just ended). */
    static int closeStatus(Channel ch) {
        Integer s = ch.attr(CLOSE_STATUS).get();
        return s == null ? -1 : s;
    }

    private static final AttributeKey<Integer> CLOSE_STATUS = AttributeKey.valueOf("quiznight.closeStatus");

    /** Notes a close frame's status on the channel and passes the frame on (the protocol handler answers it). */
    private static final ChannelInboundHandlerAdapter CLOSE_STATUS_READER = new CloseStatusReader();

    @ChannelHandler.Sharable
    private static final class CloseStatusReader extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof CloseWebSocketFrame f) {
                ctx.channel().attr(CLOSE_STATUS).set(f.statusCode());
            }
            ctx.fireChannelRead(msg);
        }
    }

    static void send(Channel ch, String text) {
        ch.writeAndFlush(new TextWebSocketFrame(text), ch.voidPromise());
    }

    /** Closes with a WebSocket close frame, then the socket. */
    static void close(Channel ch) {
        if (ch.isActive()) {
            ch.writeAndFlush(new CloseWebSocketFrame(1000, "bye")).addListener(x -> ch.close());
        }
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One connection's handler: turns Netty events into {@link Listener} calls, each at most once. */
    private static final class Conn extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final Listener listener;
        private boolean open;
        private boolean over;

        Conn(Listener listener) {
            this.listener = listener;
        }

        void fail(Throwable cause) {
            if (!over) {
                over = true;
                listener.onFailed(cause);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                open = true;
                listener.onOpen(ctx.channel());
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                fail(new IOException("WebSocket handshake timed out"));
                ctx.close();
            } else {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            double at = Now.ms();
            if (frame instanceof TextWebSocketFrame) {
                ByteBuf c = frame.content();
                listener.onText(ctx.channel(), ByteBufUtil.getBytes(c, c.readerIndex(), c.readableBytes(), false), at);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (open) {
                if (!over) {
                    over = true;
                    listener.onClosed(ctx.channel());
                }
            } else {
                fail(new IOException("connection closed before the WebSocket handshake completed"));
            }
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!open) {
                fail(cause);
            }
            ctx.close();
        }
    }
}

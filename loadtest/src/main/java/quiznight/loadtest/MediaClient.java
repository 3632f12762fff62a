package quiznight.loadtest;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The phones' picture downloads of one process, against one server: HTTP/1.1 GETs over at most {@code maxConnections}
 * keep-alive connections (a pool, as a browser keeps a few connections per site; further requests wait for a free
 * one), on the event loops the WebSocket client already runs. Bodies are counted, never kept.
 */
final class MediaClient implements AutoCloseable {
    /** The outcome of one GET: its HTTP status and body bytes, or the error that ended it (status -1). */
    interface Done {
        void done(int status, long bytes, Throwable error);
    }

    private final FixedChannelPool pool;
    private final String host;
    private final String basePath;

    /**
     * @param base           the server's HTTP base, e.g. {@code http://127.0.0.1:8080} (a path is the base path the
     *                       media paths are below)
     * @param group          the event loops to run on (epoll when available, as {@link WsClient}'s)
     * @param maxConnections connections to the server at most; more requests queue for one
     */
    MediaClient(URI base, EventLoopGroup group, int maxConnections) {
        int port = base.getPort() > 0 ? base.getPort() : 80;
        this.host = base.getHost() + ":" + port;
        String p = base.getPath() == null ? "" : base.getPath();
        this.basePath = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        Bootstrap b = new Bootstrap().group(group)
                .channel(Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .remoteAddress(new InetSocketAddress(base.getHost(), port));
        this.pool = new FixedChannelPool(b, new AbstractChannelPoolHandler() {
            @Override
            public void channelCreated(Channel ch) {
                ch.pipeline().addLast(new HttpClientCodec(), new Reader());
            }
        }, Math.max(1, maxConnections));
    }

    /** GETs {@code path} (below the base path); {@code done} runs once, on an event loop. */
    void get(String path, Done done) {
        pool.acquire().addListener((Future<Channel> f) -> {
            if (!f.isSuccess()) {
                done.done(-1, 0, f.cause());
                return;
            }
            Channel ch = f.getNow();
            Reader r = ch.pipeline().get(Reader.class);
            r.start(done);
            DefaultFullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, basePath + path);
            req.headers().set(HttpHeaderNames.HOST, host);
            ch.writeAndFlush(req).addListener(w -> {
                if (!w.isSuccess()) {
                    r.fail(ch, w.cause());
                }
            });
        });
    }

    /** Reads one response at a time: the pool hands a connection to one request until its last byte. */
    private final class Reader extends ChannelInboundHandlerAdapter {
        private Done current;
        private int status;
        private long bytes;
        private boolean keepAlive;

        void start(Done d) {
            current = d;
            status = -1;
            bytes = 0;
            keepAlive = true;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof HttpResponse res) {
                    status = res.status().code();
                    keepAlive = HttpUtil.isKeepAlive(res);
                }
                if (msg instanceof HttpContent c) {
                    bytes += c.content().readableBytes();
                }
                if (msg instanceof LastHttpContent && current != null) {
                    Done d = current;
                    int st = status;
                    long n = bytes;
                    current = null;
                    if (!keepAlive) {
                        ctx.channel().close();
                    }
                    // the next request waiting may take this connection (and this reader) at once
                    pool.release(ctx.channel());
                    d.done(st, n, null);
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        void fail(Channel ch, Throwable cause) {
            Done d = current;
            long n = bytes;
            current = null;
            ch.close();
            if (d != null) {
                pool.release(ch);
                d.done(-1, n, cause);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (current != null) {
                fail(ctx.channel(), new IOException("the server closed the connection before the picture's last byte"));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(ctx.channel(), cause);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

package quiznight.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/** The answer of a pipeline check that refuses a request before any handler reads it: a sentence, then the close. */
final class PlainRefusal {
    private PlainRefusal() {
    }

    /** Releases the refused request {@code msg} and answers {@code status} with {@code sentence} as plain text. */
    static void send(ChannelHandlerContext ctx, Object msg, HttpResponseStatus status, byte[] sentence) {
        ReferenceCountUtil.release(msg);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(sentence));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        HttpUtil.setContentLength(r, sentence.length);
        ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
    }
}

package quiznight.net;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Netty's WebSocket message aggregator (fragments joined into one message, at most {@code maxContentLength} bytes,
 * else {@code TooLongFrameException}: 1009), which also checks that a whole text message is UTF-8 and refuses one
 * that is not with the {@link CorruptedWebSocketFrameException} (1007) Netty's {@code Utf8FrameValidator} would
 * raise. That validator is a handler of its own on every connection (with its context and its validator, about 110
 * bytes each); here the check runs once per message: on the frame of a message in one frame, which passes the
 * aggregator as it is, and on the joined bytes of one in fragments, so a character split between fragments is whole
 * and one cut short at the message's end is refused. The difference: a bad fragment is refused when its message is
 * complete, not at once (the message is already bounded by the size limit).
 */
final class TextMessageAggregator extends WebSocketFrameAggregator {

    TextMessageAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    /** A text message in one frame passes the aggregator as it is (it needs no joining): checked here. */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof TextWebSocketFrame text && text.isFinalFragment() && !isUtf8(text)) {
            text.release();
            throw notUtf8();
        }
        super.channelRead(ctx, msg);
    }

    /** A text message in fragments: checked once joined. */
    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) throws Exception {
        int before = out.size();
        super.decode(ctx, frame, out);
        for (int i = before; i < out.size(); i++) {
            if (out.get(i) instanceof TextWebSocketFrame text && !isUtf8(text)) {
                out.remove(i);
                text.release();
                throw notUtf8();
            }
        }
    }

    private static boolean isUtf8(TextWebSocketFrame text) {
        return ByteBufUtil.isText(text.content(), StandardCharsets.UTF_8);
    }

    private static CorruptedWebSocketFrameException notUtf8() {
        return new CorruptedWebSocketFrameException(WebSocketCloseStatus.INVALID_PAYLOAD_DATA, "bytes are not UTF-8");
    }
}

package quiznight.net;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 421 before anything else reads it, an HTTP request (page, API, upload, WebSocket handshake) whose
 * {@code Host} is not one of this server's names: DNS rebinding points an attacker's name at this server, and the
 * browser then sends {@code Host: evil} with a matching {@code Origin: http://evil}, which the Origin check alone
 * would accept. Allowed, like Jupyter's local-hostname rule: IP literals (v4, v6 in brackets), {@code localhost}
 * and {@code *.localhost}, this machine's host names (and {@code <name>.local}), {@code --public-url}'s host and
 * each {@code --allowed-host} ({@code *}: any). A request without {@code Host} is not a browser's and passes.
 * From a trusted proxy, its {@code X-Forwarded-Host} (the right-most entry, the one it set) is checked in place of
 * its {@code Host}; from anyone else {@code X-Forwarded-Host} is ignored.
 */
@ChannelHandler.Sharable
final class HostCheck extends ChannelInboundHandlerAdapter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HostCheck.class);
    private static final byte[] REFUSAL = ("This server does not answer to that name. Open it by its address, or by a name "
            + "its operator allowed with --allowed-host.\n").getBytes(StandardCharsets.UTF_8);

    private final Set<String> names = new HashSet<>();
    private final boolean any;
    private final Set<String> trustedProxies;

    HostCheck(String publicUrl, List<String> allowedHosts, Set<String> trustedProxies, Set<String> machineNames) {
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.any = allowedHosts.contains("*");
        allowedHosts.forEach(h -> names.add(normalize(h)));
        machineNames.forEach(h -> {
            names.add(normalize(h));
            names.add(normalize(h) + ".local");
        });
        if (publicUrl != null) {
            try {
                String h = URI.create(publicUrl).getHost();
                if (h != null) {
                    names.add(normalize(h));
                }
            } catch (IllegalArgumentException e) {
                log.debug("--public-url has no host to allow: {}", e.toString());
            }
        }
    }

    /** This machine's host name and canonical name, as far as they can be known without failing the start. */
    static Set<String> machineNames() {
        Set<String> out = new HashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            out.add(local.getHostName());
            out.add(local.getCanonicalHostName());
        } catch (java.io.IOException | SecurityException e) {
            log.debug("this machine's host name is unknown: {}", e.toString());
        }
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            out.add(env);
        }
        out.removeIf(n -> n.isBlank() || NetUtil.isValidIpV4Address(n) || NetUtil.isValidIpV6Address(n));
        return out;
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest req) {
            String host = req.headers().get(HttpHeaderNames.HOST);
            String forwarded = req.headers().get("X-Forwarded-Host");
            if (forwarded != null && ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null
                    && trustedProxies.contains(a.getAddress().getHostAddress())) {
                String[] hops = forwarded.split(",");
                host = hops[hops.length - 1].strip();
            }
            if (!allows(host)) {
                log.warn("request refused: Host is not one of this server's names {}",
                        kv("host", host.length() > 100 ? host.substring(0, 100) : host));
                PlainRefusal.send(ctx, msg, HttpResponseStatus.MISDIRECTED_REQUEST, REFUSAL);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Whether a {@code Host} value (name or IP literal, with an optional port) names this server; null passes. */
    boolean allows(String host) {
        if (host == null || any) {
            return true;
        }
        String h = host.strip();
        String name;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0 || !validPort(h.substring(end + 1))) {
                return false;
            }
            return NetUtil.isValidIpV6Address(h.substring(1, end));
        }
        int colon = h.indexOf(':');
        name = colon < 0 ? h : h.substring(0, colon);
        if (colon >= 0 && !validPort(h.substring(colon))) {
            return false;
        }
        if (NetUtil.isValidIpV4Address(name)) {
            return true;
        }
        String n = normalize(name);
        return !n.isEmpty() && (n.equals("localhost") || n.endsWith(".localhost") || names.contains(n));
    }

    /** Empty, or ':' and 1 to 5 digits. */
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":[0-9]{1,5}");

    private static boolean validPort(String rest) {
        return rest.isEmpty() || PORT.matcher(rest).matches();
    }
}

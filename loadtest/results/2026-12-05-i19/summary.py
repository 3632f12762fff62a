#!/usr/bin/env python3
"""One line per run of issue 19's measurements (loadtest/results/2026-12-05-i19/*/*.json): python3 summary.py DIR"""
import glob, json, os, sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
cols = ["run", "players", "other cores", "server cores", "gen cores", "q each p99", "q last max", "q0 last (fresh)",
        "ack p99", "ack max", "result p99", "standings last max", "heap B/pl lobby/after", "cpu ms/broadcast",
        "cpu µs/recipient", "cpu µs/answer", "missed", "errors"]
print(" | ".join(cols))
for f in sorted(glob.glob(os.path.join(d, "*", "*.json"))):
    rep = json.load(open(f))
    for r in rep["runs"]:
        m = r["measures"]
        g = r.get("cpu", {}).get("game", {})
        h = r.get("serverHeap") or {}
        sc = r.get("serverCpu") or {}
        ql = r.get("lastByQuestion", {}).get("questionLast", [None])
        name = os.path.relpath(f, d).replace(".json", "")
        if len(rep["runs"]) > 1:
            name += "@" + str(r["players"])
        print(" | ".join(str(x) for x in [
            name, r["players"], g.get("otherCores"), g.get("serverCores"), g.get("loadGeneratorCores"),
            m.get("question", {}).get("p99"), m.get("questionLast", {}).get("max"), ql[0] if ql else None,
            m.get("ack", {}).get("p99"), m.get("ack", {}).get("max"), m.get("result", {}).get("p99"),
            m.get("standingsLast", {}).get("max"),
            "%s / %s" % (h.get("perPlayerLobbyBytes"), h.get("perPlayerAfterGameBytes")),
            sc.get("cpuMsPerBroadcast"), sc.get("cpuUsPerRecipient"), sc.get("cpuUsPerAnswer"),
            r.get("missed"), r.get("errors")]))

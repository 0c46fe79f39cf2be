#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
# bench/report.py RESULTS DOCS: writes DOCS/performance.md and its plots (DOCS/performance-*.png,
# through gnuplot) from what scripts/bench left in RESULTS: render.json and execution.json (Google
# Benchmark), compile-cost.dat and compile-cost.md (scripts/compile-cost), error-lines.txt
# (scripts/error-lines) and machine.txt. Standard library only.
import json
import math
import os
import re
import subprocess
import sys

results, docs = sys.argv[1], sys.argv[2]


def read(name):
    with open(os.path.join(results, name)) as f:
        return f.read()


def runs(name):
    """{benchmark name: entry}: the median when repeated, else the single run. A repeated entry
    also holds "cv", the coefficient of variation of its wall time over the repetitions."""
    data = json.loads(read(name))
    out, medians, cvs = {}, {}, {}
    for b in data["benchmarks"]:
        base = b.get("run_name", b["name"]).removesuffix("/real_time")
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median":
                medians[base] = b
            elif b.get("aggregate_name") == "cv":
                cvs[base] = (b["real_time"], b.get("repetitions", 1))
        elif base not in out:
            out[base] = b
    out.update(medians)
    for base, (cv, repetitions) in cvs.items():
        if base in out:
            out[base] = dict(out[base], cv=cv, repetitions=repetitions)
    return out, data.get("context", {})


def ratio_noise(a, b):
    """Roughly one standard error of the ratio of two medians, from their repetitions' spread."""
    if "cv" not in a or "cv" not in b:
        return None
    n = max(1, min(a.get("repetitions", 1), b.get("repetitions", 1)))
    return 1.25 * math.sqrt(a["cv"] ** 2 + b["cv"] ** 2) / math.sqrt(n)


def fmt_ns(x):
    return f"{x:.2f} ns" if x < 10 else f"{x:.0f} ns"


def fmt_ratio(x):
    return "n/a" if x is None else f"{x:.2f}x"


lines = []
say = lines.append
machine = dict(l.split("=", 1) for l in read("machine.txt").splitlines() if "=" in l)
targets = []  # (target, figure, met)

# --- rendering -----------------------------------------------------------------------------------------
render, render_ctx = runs("render.json")
stmts = ["select_where", "insert", "update", "join"]
dialects = ["sqlite", "postgres", "mysql"]
variants = ["sequel_sql_of", "sequel_to_sql", "hand_fresh", "hand_reused"]
worst_static = 0.0
render_table = ["| statement | dialect | `sql_of` (static) | `to_sql` (std::string) | hand-written, new string | hand-written, reused buffer |",
                "| --- | --- | --- | --- | --- | --- |"]
for s in stmts:
    for d in dialects:
        cells = []
        for v in variants:
            b = render.get(f"render/{d}/{s}/{v}")
            cells.append(fmt_ns(b["cpu_time"]) if b else "n/a")
            if b and v == "sequel_sql_of":
                worst_static = max(worst_static, b["cpu_time"])
        render_table.append(f"| {s} | {d} | " + " | ".join(cells) + " |")
targets.append(("static rendering ≤ 1 ns", f"{worst_static:.2f} ns at most", worst_static <= 1.0))

# Run-time parts: rendering a statement built beforehand, building and rendering it, by hand.
dynamic_variants = ["sequel_render", "sequel_build_render", "hand_reused"]
dynamic_table = ["| statement | dialect | sequel: render | sequel: build + render | hand-written, reused buffer |",
                 "| --- | --- | --- | --- | --- |"]
worst_dynamic = 0.0
for s in ["dynamic_where", "in_100"]:
    for d in dialects:
        cells = []
        for v in dynamic_variants:
            b = render.get(f"render/{d}/{s}/{v}")
            cells.append(fmt_ns(b["cpu_time"]) if b else "n/a")
            if b and s == "dynamic_where" and v == "sequel_render":
                worst_dynamic = max(worst_dynamic, b["cpu_time"])
        dynamic_table.append(f"| {s} | {d} | " + " | ".join(cells) + " |")
worst_build = max((render[f"render/{d}/dynamic_where/sequel_build_render"]["cpu_time"] for d in dialects
                   if f"render/{d}/dynamic_where/sequel_build_render" in render), default=0.0)
targets.append(("dynamic where ≤ 60 ns", f"{worst_dynamic:.0f} ns at most to render; {worst_build:.0f} ns "
                "with building the three-condition list", worst_dynamic <= 60))

# --- execution -----------------------------------------------------------------------------------------
execution, exec_ctx = runs("execution.json")
backends = [b for b in ["sqlite", "postgres", "mysql"] if any(k.startswith(b + "/") for k in execution)]
workloads = ["insert", "get_by_pk", "load", "join", "update"]
plot_rows = []
exec_tables = {}
misses = []
worst_core = 0.0
for be in backends:
    t = ["| workload | raw | core | core / raw (wall) | ± (noise) | core / raw (CPU) | core_url / raw | orm | orm / raw | orm / core |",
         "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for w in workloads:
        get = lambda v: execution.get(f"{be}/{w}/{v}")
        raw, core, url, orm = get("raw"), get("core"), get("core_url"), get("orm")
        if not raw or not core:
            continue
        if raw.get("error_occurred") or core.get("error_occurred"):
            t.append(f"| {w} | error | error | | | | | | | |")
            continue
        ratio = lambda a, b, k="real_time": None if not a or not b or a.get("error_occurred") else a[k] / b[k]
        r_core, r_cpu, r_url = ratio(core, raw), ratio(core, raw, "cpu_time"), ratio(url, raw)
        r_orm, r_orm_core = ratio(orm, raw), ratio(orm, core)
        worst_core = max(worst_core, r_core)
        noise = ratio_noise(core, raw)
        if r_core > 1.05:
            within = noise is not None and r_core - 1.05 < 2 * noise
            misses.append(f"{be}/{w} {r_core:.2f}x" + (f" (±{noise * 100:.0f}%)" if within else ""))
        ms = lambda b: "" if not b else f"{b['real_time']:.2f} ms"
        t.append(f"| {w} | {ms(raw)} | {ms(core)} | **{fmt_ratio(r_core)}** | "
                 f"{'' if noise is None else f'±{noise * 100:.0f}%'} | {fmt_ratio(r_cpu)} | "
                 f"{fmt_ratio(r_url)} | {ms(orm)} | {fmt_ratio(r_orm) if orm else ''} | "
                 f"{fmt_ratio(r_orm_core) if orm else ''} |")
        plot_rows.append((f"{be} {w}", r_core, r_url or 0, r_orm or 0))
    exec_tables[be] = t
targets.append(("execution ≤ 1.05x raw, every workload, every backend (Core, typed connection)",
                f"worst {worst_core:.2f}x" + (f"; over: {', '.join(misses)}" if misses else ""), not misses))

# --- compile cost ----------------------------------------------------------------------------------------
# The compile-cost section's text before its tables (compile-cost.md).
COMPILE_COST_TEXT = """
`scripts/compile-cost` measures what the compiler pays for what users write. Each series is a set of
generated translation units with 0, 1, 20 and 100 distinct statements (no two share a type: the
selected columns and the shape of the conditions vary over a table of ten columns of mixed types),
each statement a function that executes it and reads its rows. The per-statement cost is the
least-squares slope over the 1, 20 and 100-statement units; the base is the 0-statement unit (the
includes, the table and the helpers). Times are CPU time (user + sys), the best of 3 runs.

- `text`: only the SQL text, `sq::sql_of` for the three dialects, of
  `select(t.cA, t.cB).from(t).where(t.cA > i && t.cB < i)` (`<sequel/sequel.hpp>`): the series
  measured before
- `select_typed`: a select executed on `sq::sqlite_connection`, its rows read with structured
  bindings (`for (auto const& [x, y] : db.execute(q))`); `<sequel/sqlite.hpp>`
- `select_typed_as`: the same, read with `.as<R>().all()` into a Boost.Hana-adapted struct, one per
  statement (its declaration is part of the statement's cost)
- `select_dynamic`: `select_typed` on `sq::connection` (`sq::connect(url)`: the three dialects'
  text), with the three connectors included
- `write_typed`: an insert, an update and a delete in turn, on `sq::sqlite_connection`
- `orm`: `session.query<T>().filter(...).all()`, `session.get<T>(key)` and `session.add(...)` +
  `commit()` in turn, on one mapped struct (only the queries differ in type from one another), with
  the three connectors and `<sequel/orm.hpp>`
- `orm_query`: `session.query<T>().filter(...).all()` only, each a distinct query
- `raw_sqlite`: the floor, `select_typed`'s queries written by hand on the sqlite3 C API (prepare,
  bind, step, column reads)

The examples are compiled whole, as examples/CMakeLists.txt builds them (every connector). Where the
time goes inside a unit: [performance-profile.md](performance-profile.md#compile-cost-of-executed-statements-and-the-orm).

Reading the table: compare series of one run. CPU time still moves with the machine's load (shared
caches, a sibling hyperthread): the load average is printed under the table. The `raw_sqlite` units
take half a second, so their slope is within that noise: read the floor as a few ms per statement.
The `orm` series' 1-statement unit pays once for the mapped struct (its mapper: INSERT, UPDATE,
DELETE, loading), so its slope is low and its 1-statement figure high; `orm_query` is the cost of
each further query. Targets of the work on compile cost (g++ 12, -O0): `select_typed` ≤ 20 ms per
statement, `select_dynamic` ≤ 30 ms, `write_typed` ≤ 15 ms, `orm_query` ≤ 25 ms; ≤ 350 MB peak RSS
for 100 executed statements; examples/blog.cpp and examples/seed_walkthrough.cpp at half the time
and peak RSS of the 2026-12-03 run (blog 15.2 s, 659 MB; seed_walkthrough 7.4 s, 430 MB).
"""
# compile-cost.dat: "series compiler statements seconds peak_rss_mb" (an older script wrote the text
# series alone, without the series column). The targets and the plot use the text series.
cc, cc_series = {}, {}
for l in read("compile-cost.dat").splitlines():
    f = l.split()
    if len(f) == 4:
        f.insert(0, "text")
    series, c, n, s, m = f
    cc_series.setdefault(series, {}).setdefault(c, {})[int(n)] = (float(s), int(m))
    if series == "text":
        cc.setdefault(c, {})[int(n)] = (float(s), int(m))


def slope(points):
    xs = [n for n in points if n > 0]
    ys = [points[n][0] for n in xs]
    k = len(xs)
    sx, sy = sum(xs), sum(ys)
    sxx, sxy = sum(x * x for x in xs), sum(x * y for x, y in zip(xs, ys))
    return (k * sxy - sx * sy) / (k * sxx - sx * sx)


gcc = cc.get("g++", {})
if gcc:
    per = slope(gcc) * 1000
    targets.append(("≤ 10 ms compile per statement at -O0 on g++ 12", f"{per:.1f} ms (three dialects' text per statement)", per <= 10))
    targets.append(("base include ≤ 1.2 s", f"{gcc[0][0]:.2f} s (g++, `<sequel/sequel.hpp>` alone)", gcc[0][0] <= 1.2))
    rss = max(v[100][1] for v in cc.values())
    targets.append(("peak RSS ≤ 400 MB for a 100-statement TU", f"{gcc[100][1]} MB g++, {cc.get('clang++', {}).get(100, (0, 0))[1]} MB clang++", rss <= 400))

# --- error lines ------------------------------------------------------------------------------------------
errs = read("error-lines.txt")
m = re.search(r"^g\+\+\s+max (\d+), mean ([\d.]+) lines over (\d+) cases", errs, re.M)
mc = re.search(r"^clang\+\+\s+max (\d+), mean ([\d.]+) lines over (\d+) cases", errs, re.M)
over = [f"{l.split()[0]} ({l.split()[1]})" for l in errs.splitlines() if "over 15 lines" in l]
if m:
    targets.append(("misuse errors ≤ 15 lines", f"g++: max {m[1]}, mean {m[2]} over {m[3]} cases"
                    + (f"; clang++: max {mc[1]}, mean {mc[2]}" if mc else "")
                    + (f" (over 15: {', '.join(over)})" if over else ""),
                    int(m[1]) <= 15 and (not mc or int(mc[1]) <= 15)))

# --- plots ------------------------------------------------------------------------------------------------
def gnuplot(script):
    try:
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        return True
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"report.py: gnuplot failed: {e}", file=sys.stderr)
        return False


dat = os.path.join(results, "overhead.dat")
with open(dat, "w") as f:
    for label, a, b, c in plot_rows:
        f.write(f'"{label}" {a:.4f} {b:.4f} {c:.4f}\n')
overhead_png = os.path.join(docs, "performance-overhead.png")
have_overhead = gnuplot(f"""
set terminal pngcairo size 1100,520 font ",10" noenhanced
set output "{overhead_png}"
set title "Execution time relative to the raw C API (1.0 = raw; target 1.05)"
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set boxwidth 0.9
set xtics rotate by -35 left
set ylabel "sequel / raw (wall time)"
set yrange [0:*]
set grid ytics
set key outside top center horizontal
plot "{dat}" using 2:xtic(1) title "core (typed connection)", '' using 3 title "core (sq::connect)", '' using 4 title "orm", 1.05 with lines lw 2 dt 2 title "target 1.05"
""")
ccdat = os.path.join(results, "compile-cost.plot.dat")
with open(ccdat, "w") as f:
    for c in cc:
        f.write(f"# {c}\n")
        for n in sorted(cc[c]):
            f.write(f"{n} {cc[c][n][0]} {cc[c][n][1]}\n")
        f.write("\n\n")
compile_png = os.path.join(docs, "performance-compile.png")
have_compile = gnuplot(f"""
set terminal pngcairo size 900,450 font ",10" noenhanced
set output "{compile_png}"
set title "Compile time at -O0 of a TU with N statements (SQL for three dialects each)"
set xlabel "statements in the translation unit"
set ylabel "seconds"
set y2label "peak RSS, MB"
set ytics nomirror
set y2tics
set grid
set key top left
plot "{ccdat}" index 0 using 1:2 with linespoints lw 2 title "{list(cc)[0]} time", \\
     "{ccdat}" index 1 using 1:2 with linespoints lw 2 title "{list(cc)[1]} time", \\
     "{ccdat}" index 0 using 1:3 axes x1y2 with linespoints dt 2 title "{list(cc)[0]} RSS", \\
     "{ccdat}" index 1 using 1:3 axes x1y2 with linespoints dt 2 title "{list(cc)[1]} RSS"
""") if len(cc) == 2 else False

# --- the page ---------------------------------------------------------------------------------------------
rows = exec_ctx.get("_rows", machine.get("rows", "10000"))
say("# Performance")
say("")
say("Generated by `./scripts/bench` (do not edit by hand: run it again). What it measures, how, and")
say("where sequel stands against its targets. Figures are from one run on the machine below; on a")
say("shared two-core machine, and against database servers on the same machine, expect a few")
say("percent of noise between runs: read ratios within ±5% of each other as equal.")
say("")
say("## Machine and method")
say("")
say(f"- machine: {machine.get('cpus')} CPUs (`nproc`), {machine.get('cpu')} (`/proc/cpuinfo`), {machine.get('os')}")
say(f"- compilers: {machine.get('gxx')}; {machine.get('clang')}")
say(f"- benchmarks: Google Benchmark {machine.get('benchmark')}, built with g++ in CMake's Release mode with "
    f"`-O2 -DNDEBUG` ({machine.get('build')}); Debian's library prints \"Library was built as DEBUG\": that is the "
    "library's own build, not ours")
say(f"- databases: SQLite {machine.get('sqlite')} in memory; {machine.get('postgres')}; {machine.get('mariadb')} — "
    "the throwaway servers of `scripts/servers` (loopback, `fsync = off`)")
say(f"- command: `{machine.get('command')}`, on {machine.get('date')}")
say("")
say("## Targets")
say("")
say("| target | where we stand | met? |")
say("| --- | --- | --- |")
for name, figure, met in targets:
    say(f"| {name} | {figure} | {'yes' if met else '**no**'} |")
say("")
say("Where a target is missed, the section that measures it says what remains and why.")
say("")
say("## Rendering")
say("")
say("CPU time to obtain a statement's SQL text. `sq::sql_of<D, S>` is a constant of static storage: what")
say("`execute()` uses. `sq::to_sql<D>(stmt)` copies it into a `std::string`. The hand-written code builds")
say("the identical text (checked before measuring) with `std::string` appends, into a new string or into")
say("a buffer that is cleared and reused. Statements: `select_where` is")
say("`select(users.id, users.name, users.age).from(users).where(users.age > 28 && users.name.like(\"A%\"))`;")
say("`insert` is `insert_into(users).values(users.name = ..., users.age = ...)` (with `RETURNING \"id\"` on")
say("PostgreSQL); `update` is `update(users).set(users.age = ...).where(users.id == ...)`; `two_tables` is")
say("`select(posts.id, posts.title, users.name).from(posts).join(users)` (the condition from the")
say("foreign key).")
say("")
say("Program: `bench/render.cpp` (`bench_render`). A figure well under 1 ns is the loop's own cost: reading")
say("a pointer and a size.")
say("")
lines.extend(render_table)
say("")
say("### Parts rendered at run time")
say("")
say("`dynamic_where` is `select(users.id, users.name).from(users).where(c)` with `c = sq::dynamic_where(users)`")
say("given three conditions, each chosen at run time (`users.age > 28`, `users.name.like(\"A%\")`,")
say("`users.id < 1000`); `in_100` is `select(users.name).from(users).where(users.id.in(ids))` with 100 ids.")
say("\"render\" is `sq::render_dynamic_sql<D>(buffer, stmt)` on a statement built beforehand, into a")
say("reused `std::string`: the constant segments are copied and only the run-time parts are written (on")
say("PostgreSQL, with their `$n` numbers). \"build + render\" also builds the condition list and the")
say("statement each time: the type-erased conditions are allocated. The hand-written code appends the")
say("same text into a reused buffer.")
say("")
lines.extend(dynamic_table)
say("")
say("## Execution overhead against the raw C APIs")
say("")
say(f"Each workload runs on {rows} rows. The raw variants are hand-written on sqlite3, libpq and MariaDB")
say("Connector/C, and prepare once the very SQL text sequel renders (so each database does the same work);")
say("sequel prepares on first use and then hits its statement cache. The timed part is the workload alone")
say("(clearing and seeding the tables is not timed).")
say("")
say("- `insert`: N rows in one transaction from a `std::vector` of structs, each generated id read back")
say("  into its struct (PostgreSQL: `RETURNING \"id\"`, as sequel's INSERT has)")
say("- `get_by_pk`: N selects by primary key, each row into a struct")
say("- `load`: all N rows of `bench_users` into a `std::vector` of structs (`as<User>().all()`)")
say("- `join`: N posts with their author's name through the two-table select, into structs")
say("- `update`: N `UPDATE ... SET age = ? WHERE id = ?` in one transaction")
say("")
say("Variants: `raw`; `core`, the typed connection (`sq::sqlite_connection`, `sq::postgres_connection`,")
say("`sq::mysql_connection`); `core_url`, `sq::connect(url)` (the dialect chosen at run time, virtual calls")
say("into the connector); `orm`, `sq::session`: `add_all` of the N structs + `commit()` for `insert`,")
say("`query<User>().all()` for `load`, each with a new session that is closed inside the timed part.")
say(f"Times are wall-clock per workload, the median of {machine.get('repetitions')} repetitions; the repetitions of")
say("all benchmarks run in one random order (Google Benchmark's random interleaving), so a slow spell of")
say("the machine or of a server falls on raw and sequel alike, and the ratios are taken from that same")
say("run. Tables are emptied before each repetition (PostgreSQL: `TRUNCATE`, so no dead rows carry over")
say("from one repetition to the next). \"±\" is about one standard error of the wall ratio, from the spread")
say("of the repetitions (1.25 · √(cv_raw² + cv_core²) / √n): a ratio less than about twice that away")
say("from another is not told apart from it by this run. \"CPU\" is the benchmark process's CPU time only: for the servers it")
say("leaves out the server's work, so it shows the client library's own overhead more sharply.")
say("")
for be in backends:
    say(f"### {be}")
    say("")
    lines.extend(exec_tables[be])
    say("")
for be in ["postgres", "mysql"]:
    if be not in backends:
        say(f"{be}: not measured in this run (no URL in SEQUEL_BENCH_URLS or SEQUEL_TEST_URLS).")
        say("")
if have_overhead:
    say("![sequel / raw per workload](performance-overhead.png)")
    say("")
say("Reading the figures. SQLite in memory has no network and no server: its rows are the clearest")
say("measure of what sequel adds per statement and per row. On PostgreSQL and MariaDB, `insert`,")
say("`get_by_pk` and `update` are one round trip per row (tens of microseconds), which dilutes the")
say("client's overhead (a few hundred instructions per statement) into the noise of a shared two-core")
say("machine that also runs the server: read them with their ± column. `load` and `join` are one round")
say("trip for all rows, so decoding dominates there, and the CPU column shows the client's share.")
say("")
say("Where the time goes was profiled with callgrind (instruction counts, client side, deterministic):")
say("the method, the command, the counts per workload and what was changed are in")
say("[performance-profile.md](performance-profile.md). In short: rows decode straight into the struct or")
say("the vector's slot, each value is read with one NULL check and inlined reads whose errors are raised")
say("out of line, SQLite values through one `sqlite3_column_value`, PostgreSQL values with two libpq calls")
say("and per-statement facts (result columns, whether an INSERT returns a key) read once; MariaDB fetches")
say("rows as they arrive (a result still arriving is buffered only when another statement needs the")
say("connection); the statement cache hit is a pointer compare; a statement builds each new clause where")
say("it keeps it, so a value is copied once and moved once.")
say("")
say("What remains: a statement owns a copy of each value (`users.name = u.name` copies the string once")
say("and moves it once, where the raw code binds the caller's buffer; a `std::string_view` is held by")
say("view for callers who want to avoid it): most of the extra instructions of `sqlite/insert`.")
say("A query's first row is decoded when `execute()` returns (so its errors surface there) and then moved")
say("into the struct by `as<T>()`: most of the extra instructions of `get_by_pk`. Each value is read with")
say("a NULL check and bounds checks, where the raw code trusts the result's shape.")
say("")
say("## Compile cost")
say("")
for l in COMPILE_COST_TEXT.strip("\n").splitlines():
    say(l)
say("")
lines.extend(read("compile-cost.md").rstrip().splitlines())
say("")
if have_compile:
    say("![compile time and peak RSS](performance-compile.png)")
    say("")
say("## Error size")
say("")
say("`scripts/error-lines`: the lines of compiler output for each case of the compile-fail catalogue")
say("(tests/compile_fail/, compiled with `-DSEQUEL_MISUSE`), all lines and without the `In file included")
say("from` trace. The full per-case list is in the script's output.")
say("")
say("```")
say("\n".join(l for l in errs.splitlines() if re.match(r"^(g\+\+|clang\+\+)\s+max", l) or "over 15 lines" in l))
say("```")
say("")

with open(os.path.join(docs, "performance.md"), "w") as f:
    f.write("\n".join(lines))
print(f"report.py: wrote {os.path.join(docs, 'performance.md')}")

#!/usr/bin/env python3
"""Times Graphviz's dot and sfdp on generated graphs shaped like kg's DOT export.

This is how the threshold in src/KnowledgeGraph.Export/DotLayout.cs (dot up to 300 nodes, sfdp beyond) was chosen;
the README's Performance section gives the figures. Each graph is written as DotExporter writes one: the graph
attributes of the layout (keep them in step with DotLayout), the legend of kinds, nodes with a label, shape, fill
colour and tooltip, and edges with a label, pen width and tooltip. Edges grow by preferential attachment, so a few
hubs gather most of them, as the countries and leaders of a news corpus do. The same size gives the same graph.

    python3 tools/graphviz/layout_timings.py                 # the sizes in the README
    python3 tools/graphviz/layout_timings.py 300:4 1000:2    # nodes:edges-per-node

It runs `dot -Tsvg`, which draws with the engine the file's `layout` attribute names, and prints the wall time and
the drawing's width and height in points.
"""
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAYOUTS = {
    "dot": 'layout="dot"',
    "sfdp": 'layout="sfdp", overlap="prism", splines="line", outputorder="edgesfirst"',
}
KINDS = [
    ("person", "ellipse", "#8DA0CB"),
    ("organization", "box", "#66C2A5"),
    ("place", "house", "#A6D854"),
    ("event", "diamond", "#FC8D62"),
    ("other", "egg", "#B3B3B3"),
]
DEFAULT_SIZES = ["100:2", "300:2", "500:2", "1000:2", "2000:2", "100:4", "300:4", "500:4", "1000:4"]
TIMEOUT_SECONDS = 900


def news_like_dot(nodes: int, edges_per_node: int, layout: str) -> str:
    rnd = random.Random(nodes * 10 + edges_per_node)
    lines = [
        'digraph "knowledge_graph" {',
        f'  graph [charset="UTF-8", {LAYOUTS[layout]}, fontname="Helvetica"];',
        '  node [style="filled", fontname="Helvetica", fontsize="10"];',
        '  edge [fontname="Helvetica", fontsize="8", color="#666666"];',
        '  subgraph "cluster_legend" {',
        '    graph [label="Kinds", fontname="Helvetica", style="rounded", color="#999999"];',
        '    subgraph "legend_row" {',
        '      graph [rank="same"];',
    ]
    lines += [f'      "legend_{k}" [label="{k}", shape="{s}", fillcolor="{c}"];' for k, s, c in KINDS]
    lines.append("      " + " -> ".join(f'"legend_{k}"' for k, _, _ in KINDS) + ' [style="invis"];')
    lines += ["    }", "  }"]
    for i in range(1, nodes + 1):
        kind, shape, colour = rnd.choice(KINDS)
        name = " ".join(
            "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))).title()
            for _ in range(rnd.randint(1, 3)))
        lines.append(f'  "n{i}" [label="{name}", shape="{shape}", fillcolor="{colour}", tooltip="{kind}"];')
    endpoints = [1]
    for i in range(2, nodes + 1):
        for _ in range(edges_per_node):
            j = rnd.choice(endpoints)
            lines.append(f'  "n{j}" -> "n{i}" [label="co_mention", penwidth="1", tooltip="co_mention (weight 1)"];')
            endpoints += [i, j]
    lines.append("}")
    return "\n".join(lines) + "\n"


def draw(source: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        dot_file, svg_file = Path(folder, "graph.dot"), Path(folder, "graph.svg")
        dot_file.write_text(source, encoding="utf-8")
        started = time.perf_counter()
        try:
            subprocess.run(["dot", "-Tsvg", "-o", str(svg_file), str(dot_file)], check=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return f"over {TIMEOUT_SECONDS} s", ""
        seconds = time.perf_counter() - started
        size = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', svg_file.read_text(encoding="utf-8"))
        return f"{seconds:.2f} s", f"{size.group(1)} x {size.group(2)} pt" if size else "?"


def main(sizes: list[str]) -> None:
    print("nodes  edges  layout  time       drawing")
    for size in sizes:
        nodes, edges_per_node = (int(part) for part in size.split(":"))
        for layout in LAYOUTS:
            source = news_like_dot(nodes, edges_per_node, layout)
            edges = source.count('" -> "n')
            seconds, drawing = draw(source)
            print(f"{nodes:5}  {edges:5}  {layout:6}  {seconds:9}  {drawing}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT_SIZES)

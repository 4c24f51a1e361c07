#!/usr/bin/env python3
"""Draws an Entity Graph GEXF export with networkx + matplotlib, using the file's own colours, sizes and
positions: the picture in the README's "Export" section.

Usage: python3 docs/draw-gexf.py graph.gexf out.png
Needs networkx and matplotlib (Debian: python3-networkx python3-matplotlib).
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from networkx.readwrite import gexf  # noqa: E402

# networkx >= 3.6 reads GEXF 1.3 as is; older releases (Debian 12 has 2.8.8) only need the 1.3 namespaces.
gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})

source, target = sys.argv[1], sys.argv[2]
G = nx.read_gexf(source)
viz = nx.get_node_attributes(G, "viz")
pos = {n: (v["position"]["x"], v["position"]["y"]) for n, v in viz.items()}
colors = [tuple(viz[n]["color"][c] / 255 for c in "rgb") for n in G]
sizes = [(viz[n]["size"] * 1.8) ** 2 for n in G]
weights = [d["weight"] for *_, d in G.edges(data=True)]
top = sorted(G, key=lambda n: G.nodes[n]["mentions"], reverse=True)[:18]

fig, ax = plt.subplots(figsize=(12, 8), dpi=100)
nx.draw_networkx_edges(G, pos, ax=ax, width=[0.4 + 0.25 * w for w in weights], edge_color="#8c96a5", alpha=0.35)
nx.draw_networkx_nodes(G, pos, ax=ax, node_color=colors, node_size=sizes, linewidths=0.6, edgecolors="white")
nx.draw_networkx_labels(G, pos, ax=ax, labels={n: G.nodes[n]["label"] for n in top}, font_size=9, font_weight="bold")
legend = {}
for n in G:
    legend.setdefault(G.nodes[n]["type"], colors[list(G).index(n)])
for kind, color in sorted(legend.items()):
    ax.scatter([], [], color=color, label=f"{kind} ({sum(1 for n in G if G.nodes[n]['type'] == kind)})")
ax.legend(loc="lower left", frameon=True)
ax.set_title(f"{source.split('/')[-1]} read by networkx {nx.__version__}: {G.number_of_nodes()} nodes, "
             f"{G.number_of_edges()} edges, colours, sizes and positions from the file", fontsize=10)
ax.set_axis_off()
fig.tight_layout()
fig.savefig(target)
print(f"wrote {target}")

"""Loads a GEXF file with networkx as a user would (nx.read_gexf) and prints what it read, as JSON.

Usage: python3 networkx-load.py FILE.gexf VERSION
"metrics" compares the file's metric attributes, where it has them, with networkx's own figures on the
graph it read: degree, weighted degree, PageRank (largest difference) and betweenness (largest difference).
A networkx older than 3.6 has no GEXF 1.3 reader: it is given the 1.3 namespaces the way networkx 3.6
registers them, and the output says so ("taught": true).
"""
import json
import sys
from collections import Counter

import networkx as nx
from networkx.readwrite import gexf as nxgexf


def main(path, version):
    versions = nxgexf.GEXF.versions
    taught = version not in versions
    if taught:
        # The newest version it knows, with the namespaces of this one (NS_XSI and the rest stay).
        versions[version] = {
            **versions[sorted(versions)[-1]],
            "NS_GEXF": f"http://gexf.net/{version}",
            "NS_VIZ": f"http://gexf.net/{version}/viz",
            "SCHEMALOCATION": f"http://gexf.net/{version} http://gexf.net/{version}/gexf.xsd",
            "VERSION": version,
        }
    try:
        graph = nx.read_gexf(path, version=version)
    except Exception as error:  # noqa: BLE001 - every failure is reported, with its type
        print(json.dumps({"networkx": nx.__version__, "taught": taught, "error": f"{type(error).__name__}: {error}"}))
        return 1
    keys = Counter(key for _, data in graph.nodes(data=True) for key in data)
    viz = Counter(key for _, data in graph.nodes(data=True) for key in data.get("viz", {}))
    weighted = sum(1 for _, _, data in graph.edges(data=True) if "weight" in data)
    metrics = {}
    if keys.get("degree"):
        metrics["degree"] = sum(1 for n, data in graph.nodes(data=True) if data.get("degree") == graph.degree(n))
    if keys.get("weighted_degree"):
        metrics["weighted_degree"] = sum(1 for n, data in graph.nodes(data=True) if data.get("weighted_degree") == graph.degree(n, weight="weight"))
    if keys.get("pagerank") and graph.number_of_edges() > 0:
        ranks = nx.pagerank(graph, weight="weight")
        metrics["pagerank"] = max(abs(data["pagerank"] - ranks[n]) for n, data in graph.nodes(data=True))
    if keys.get("betweenness"):
        between = nx.betweenness_centrality(graph, weight=None, normalized=True)
        metrics["betweenness"] = max(abs(data["betweenness"] - between[n]) for n, data in graph.nodes(data=True))
    print(json.dumps({
        "networkx": nx.__version__,
        "taught": taught,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodeKeys": dict(sorted(keys.items())),
        "viz": dict(sorted(viz.items())),
        "weightedEdges": weighted,
        "metrics": metrics,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

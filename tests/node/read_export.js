// Read a kg export with the JavaScript library a user would take it to; print what was read as JSON.
// usage: node read_export.js graphml|gexf|cytoscape FILE
const fs = require("fs");
const { DOMParser } = require("@xmldom/xmldom");
const Graph = require("graphology");

const [fmt, file] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf-8");

function summary(nodes, edges) {
  return JSON.stringify({ nodes, edges });
}

if (fmt === "graphml" || fmt === "gexf") {
  const parser = require(fmt === "graphml" ? "graphology-graphml" : "graphology-gexf");
  const g = parser.parse(Graph.MultiGraph || Graph, text, { DOMParser, addMissingNodes: false });
  const nodes = g.mapNodes((id, a) => ({ id, ...a }));
  const edges = g.mapEdges((id, a, source, target) => ({ id, source, target, ...a }));
  console.log(summary(nodes, edges));
} else if (fmt === "cytoscape") {
  const cytoscape = require("cytoscape");
  const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
  const nodes = cy.nodes().map((n) => n.data());
  const edges = cy.edges().map((e) => e.data());
  console.log(summary(nodes, edges));
} else {
  console.error(`unknown format ${fmt}`);
  process.exit(2);
}

#!/usr/bin/env node
// Lint Cypher statements with Neo4j's own language support (lintCypherQuery), offline.
//
// Input (stdin, JSON):
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//    "statements": [{"name": "queries/officials-posts.cypher", "query": "MATCH ...",
//                    "parameters": ["rows"]}]}
// Output (stdout, JSON): [{"name": ..., "diagnostics": [{"severity": "error"|"warning",
//   "message": ..., "line": 1, "column": 5}]}]
// The schema's labels, types and property keys are the property-graph mapping, so a
// misspelt label or property is reported (as a warning) as well as a syntax error.
// Functions and procedures come from the package's own dump of a Neo4j 5 database.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function lintAll(input) {
  const base = input.schema ?? {};
  return (input.statements ?? []).map(({ name, query, parameters = [] }) => {
    const dbSchema = {
      labels: base.labels ?? [],
      relationshipTypes: base.relationshipTypes ?? [],
      propertyKeys: base.propertyKeys ?? [],
      functions: testData.mockSchema.functions,
      procedures: testData.mockSchema.procedures,
      parameters: Object.fromEntries(parameters.map((p) => [p, null])),
    };
    const { diagnostics } = lintCypherQuery(query, dbSchema);
    return {
      name,
      diagnostics: diagnostics.map((d) => ({
        severity: SEVERITY[d.severity] ?? String(d.severity),
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      })),
    };
  });
}

const input = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(lintAll(input), null, 1) + '\n');

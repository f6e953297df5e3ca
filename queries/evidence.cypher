// title: Evidence about an entity
// description: the source sentences and documents behind the facts about a named entity: every measure it takes part in (fact = the measure's link to it, other = the measure's categories) and every LOCATED_IN, PART_OF or UNDER relation, once per stating document (fact -TYPE-> or <-TYPE-, other = the entity at the other end, text = that document's evidence sentence, when recorded)
// param: name: string - name or alias of the entity (a trailing 省/市 may be added or left out)
// columns: entity, fact, other, text, doc_id
WITH [$name, $name + '市', $name + '省'] + CASE WHEN $name ENDS WITH '市' OR $name ENDS WITH '省' THEN [left($name, size($name) - 1)] ELSE [] END AS keys
MATCH (e) WHERE (e:Place OR e:Agency OR e:Enterprise OR e:PolicyDocument) AND (e.name IN keys OR any(k IN e.aliases WHERE k IN keys))
CALL (e) {
  MATCH (m:Measure)-[r:REGION|AGENCY|POLICY_DOCUMENT|BENEFITS]->(e)
  WITH DISTINCT m, type(r) AS fact
  RETURN fact, reduce(s = '', c IN COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS other,
         coalesce(m.text, m.summary) AS text, m.doc_id AS doc_id
  UNION ALL
  MATCH (e)-[r:LOCATED_IN|PART_OF|UNDER]->(o)
  UNWIND range(0, size(r.docs) - 1) AS i
  RETURN '-' + type(r) + '->' AS fact, o.name AS other, nullIf(r.texts[i], '') AS text, r.docs[i] AS doc_id
  UNION ALL
  MATCH (e)<-[r:LOCATED_IN|PART_OF|UNDER]-(o)
  UNWIND range(0, size(r.docs) - 1) AS i
  RETURN '<-' + type(r) + '-' AS fact, o.name AS other, nullIf(r.texts[i], '') AS text, r.docs[i] AS doc_id
}
RETURN e.name AS entity, fact, other, text, doc_id
ORDER BY entity, fact, other, doc_id, coalesce(text, ''), e.id

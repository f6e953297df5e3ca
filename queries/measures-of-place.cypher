// title: Measures of a place
// description: every measure a Region or Zone issued (kg:region / REGION), with its categories (sorted codes), agency, policy document and source document
// param: place: string - name or alias of the place (a trailing 省/市 may be added or left out)
// columns: place_name, doc_id, categories, agency, policy_document, amount_cny, text
WITH [$place, $place + '市', $place + '省'] + CASE WHEN $place ENDS WITH '市' OR $place ENDS WITH '省' THEN [left($place, size($place) - 1)] ELSE [] END AS keys
MATCH (p0:Place) WHERE p0.name IN keys OR any(k IN p0.aliases WHERE k IN keys)
MATCH (m:Measure)-[:REGION]->(p0)
WITH DISTINCT m
MATCH (m)-[:REGION]->(p:Place)
OPTIONAL MATCH (m)-[:AGENCY]->(ag:Agency)
OPTIONAL MATCH (m)-[:POLICY_DOCUMENT]->(pd:PolicyDocument)
WITH m, min(p.name) AS place_name, min(ag.name) AS agency, min(pd.name) AS policy_document
WITH m, place_name, agency, policy_document, COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS codes
RETURN place_name, m.doc_id AS doc_id, reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS categories, agency, policy_document,
       m.amount_cny AS amount_cny, coalesce(m.text, m.summary) AS text
ORDER BY place_name, doc_id, coalesce(text, ''), categories, coalesce(agency, ''), coalesce(policy_document, ''), m.id

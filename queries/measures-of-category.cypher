// title: Measures of a category
// description: every measure of one category, with its place, categories (sorted codes), agency, policy document and source document
// param: category: string - a category code (RENT_RELIEF) or its Chinese or English label
// columns: place_name, doc_id, categories, agency, policy_document, amount_cny, text
MATCH (m:Measure)-[:HAS_CATEGORY]->(c0:Category) WHERE c0.code = $category OR c0.zh = $category OR c0.en = $category
WITH DISTINCT m
MATCH (m)-[:REGION]->(p:Place)
OPTIONAL MATCH (m)-[:AGENCY]->(ag:Agency)
OPTIONAL MATCH (m)-[:POLICY_DOCUMENT]->(pd:PolicyDocument)
WITH m, min(p.name) AS place_name, min(ag.name) AS agency, min(pd.name) AS policy_document
WITH m, place_name, agency, policy_document, COLLECT { MATCH (m)-[:HAS_CATEGORY]->(c:Category) RETURN DISTINCT c.code ORDER BY c.code } AS codes
RETURN place_name, m.doc_id AS doc_id, reduce(s = '', c IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS categories, agency, policy_document,
       m.amount_cny AS amount_cny, coalesce(m.text, m.summary) AS text
ORDER BY place_name, doc_id, coalesce(text, ''), categories, coalesce(agency, ''), coalesce(policy_document, ''), m.id

// title: Shortest connection between two entities
// description: the shortest chain (at most 4 hops, either direction) of REGION, AGENCY, POLICY_DOCUMENT, BENEFITS, LOCATED_IN, PART_OF and UNDER links between two named entities (places, agencies, enterprises, policy documents); among several shortest chains, the one whose text sorts first. A measure on the way shows as [措施 doc_id].
// param: from: string - name or alias of the first entity
// param: to: string - name or alias of the second entity
// columns: hops, path
WITH [$from, $from + '市', $from + '省'] + CASE WHEN $from ENDS WITH '市' OR $from ENDS WITH '省' THEN [left($from, size($from) - 1)] ELSE [] END AS fkeys
WITH fkeys, [$to, $to + '市', $to + '省'] + CASE WHEN $to ENDS WITH '市' OR $to ENDS WITH '省' THEN [left($to, size($to) - 1)] ELSE [] END AS tkeys
MATCH (a) WHERE (a:Place OR a:Agency OR a:Enterprise OR a:PolicyDocument) AND (a.name IN fkeys OR any(k IN a.aliases WHERE k IN fkeys))
MATCH (b) WHERE (b:Place OR b:Agency OR b:Enterprise OR b:PolicyDocument) AND (b.name IN tkeys OR any(k IN b.aliases WHERE k IN tkeys)) AND a <> b
MATCH p = allShortestPaths((a)-[:REGION|AGENCY|POLICY_DOCUMENT|BENEFITS|LOCATED_IN|PART_OF|UNDER*..4]-(b))
WITH length(p) AS hops, nodes(p) AS ns, relationships(p) AS rs
WITH hops, reduce(s = CASE WHEN ns[0]:Measure THEN '[措施 ' + ns[0].doc_id + ']' ELSE ns[0].name END, i IN range(0, size(rs) - 1) |
       s + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -' + type(rs[i]) + '-> ' ELSE ' <-' + type(rs[i]) + '- ' END
         + CASE WHEN ns[i + 1]:Measure THEN '[措施 ' + ns[i + 1].doc_id + ']' ELSE ns[i + 1].name END) AS path
RETURN hops, path
ORDER BY hops, path
LIMIT 1

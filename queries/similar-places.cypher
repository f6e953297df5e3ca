// title: Places with similar policies
// description: places ranked by weighted Jaccard similarity of the measure categories they offered. A place offered category c when one of its measures (REGION) has c. Weight w(c) = floor(10^12 / number of places that offered c), so rare categories weigh more and sums are exact integers. score = sum of w over categories both offered / sum of w over categories either offered, rounded half up to 4 decimals. Only places sharing at least one category are listed; the asked place itself is left out.
// param: place: string - name or alias of the place (a trailing 省/市 may be added or left out)
// param: level: string = "" - only places of this level: province, city, county, town or zone ("" = all places)
// param: limit: int = 10 - at most this many places
// columns: match, score, shared, only_target, only_match
// Each place carries the sorted codes of its measures' categories (p.codes, kept in step with loads and
// removals): one pass over the places counts each category's holders, a second scores each against the asked one,
// and only the best $limit are spelled out.
WITH [$place, $place + '市', $place + '省'] + CASE WHEN $place ENDS WITH '市' OR $place ENDS WITH '省' THEN [left($place, size($place) - 1)] ELSE [] END AS keys
OPTIONAL MATCH (t:Place) WHERE t.name IN keys OR any(k IN t.aliases WHERE k IN keys)
WITH collect(DISTINCT t) AS targets
CALL () { MATCH (p:Place) WHERE p.codes IS NOT NULL UNWIND p.codes AS code RETURN code, count(*) AS holders }
WITH targets, code, holders ORDER BY code
WITH targets, collect({code: code, w: 1000000000000 / holders}) AS ws
WITH targets, ws, [x IN ws WHERE any(t IN targets WHERE x.code IN coalesce(t.codes, [])) | x.code] AS a
WITH targets, ws, a, reduce(s = 0, x IN ws | s + CASE WHEN x.code IN a THEN x.w ELSE 0 END) AS a_sum
MATCH (p:Place) WHERE p.codes IS NOT NULL AND NOT p IN targets AND any(code IN p.codes WHERE code IN a) AND ($level = '' OR p.level = $level)
WITH p, p.codes AS b, a, a_sum, [x IN ws WHERE x.code IN p.codes] AS bw
WITH p, b, a, reduce(s = 0, x IN bw | s + CASE WHEN x.code IN a THEN x.w ELSE 0 END) AS inter, a_sum + reduce(s = 0, x IN bw | s + x.w) AS sums
WITH p, b, a, round(toFloat(inter) / toFloat(sums - inter) * 10000) / 10000 AS score
ORDER BY score DESC, p.name, p.id
LIMIT CASE WHEN $limit < 0 THEN 4611686018427387904 ELSE $limit END
RETURN p.name AS match, score,
       reduce(s = '', c IN [c IN b WHERE c IN a] | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS shared,
       reduce(s = '', c IN [c IN a WHERE NOT c IN b] | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS only_target,
       reduce(s = '', c IN [c IN b WHERE NOT c IN a] | s + CASE WHEN s = '' THEN '' ELSE ',' END + c) AS only_match
ORDER BY score DESC, match, p.id

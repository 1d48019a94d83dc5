// GET TEXT KEYWORDS: the words of a text into a Text array; * keeps each word once.
ARRAY TEXT($words; 0)
GET TEXT KEYWORDS("Category ID_element, l'été 2024 — category"; $words)
ALERT(String(Size of array($words))+": "+$words{1}+"|"+$words{2}+"|"+$words{3}+"|"+$words{4}+"|"+$words{5}+"|"+$words{6})
GET TEXT KEYWORDS("a b A c b"; $words; *)
ALERT(String(Size of array($words))+": "+$words{1}+$words{2}+$words{3})

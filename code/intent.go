package code

import "github.com/dyadproject/dyad/dict"

// intent turns the code of an act into the code of announcing it, for a
// verb in the future: conflict becomes a threat (CAMEO 13), cooperation an
// intent to cooperate (03). Statements, appeals, demands, disapproval,
// rejection and threats are what they are whatever the tense.
func intent(c dict.EventCode) dict.EventCode {
	c.Code = intentCode(c.Code)
	c.Reverse = intentCode(c.Reverse)
	return c
}

// intents maps a code (or its three- or two-digit prefix) to the intent
// code; the longest prefix that is listed wins.
var intents = map[string]string{
	// Intent to cooperate.
	"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
	"084": "0353", "085": "0354", "086": "0355", "087": "0356",
	// Threats.
	"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137", "18": "138", "19": "1384", "191": "1381", "192": "1382", "20": "138", "204": "1385",
}

func intentCode(code string) string {
	for n := len(code); n >= 2; n-- {
		if c, ok := intents[code[:n]]; ok {
			return c
		}
	}
	return code
}

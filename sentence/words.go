package sentence

// starters are words that begin sentences but rarely continue a name: after
// "Inc." or "U.S." they show that the stop ended the sentence. Capitalized
// nouns are not here, because "U.S. Army" or "Jan. Talks" cannot be told
// from a new sentence by the word alone.
var starters = set(
	"The", "A", "An", "This", "That", "These", "Those", "There", "Here",
	"It", "Its", "He", "His", "Him", "She", "Her", "They", "Their", "Them", "We", "Our", "Us",
	"I", "My", "You", "Your", "In", "On", "At", "For", "From", "By", "With", "Without", "Within",
	"To", "Of", "As", "But", "And", "Or", "Nor", "So", "Yet", "If", "When", "Whenever", "While",
	"After", "Before", "Since", "Until", "Although", "Though", "Because", "However", "Meanwhile",
	"Moreover", "Furthermore", "Also", "Still", "Then", "Now", "Today", "Tonight", "Yesterday",
	"Tomorrow", "Later", "Earlier", "Last", "Next", "Such", "Some", "Many", "Most", "Much", "More",
	"Few", "Several", "All", "Both", "Each", "Every", "Either", "Neither", "None", "Nothing",
	"Another", "Other", "Others", "Despite", "During", "Under", "Among", "Between", "Through",
	"Against", "According", "Instead", "Indeed", "Even", "Only", "Just", "What", "Who", "Whom",
	"Whose", "Why", "How", "Where", "Which", "Is", "Are", "Was", "Were", "Do", "Does", "Did",
	"Can", "Could", "Will", "Would", "Should", "Shall", "Might", "Must", "Has", "Have",
	"Had", "Let", "Please", "Thanks", "Thank", "Once", "Asked", "Yes", "Not",
	"THE", "IT", "HE", "SHE", "THEY", "WE", "IN", "BUT", "AND",
)

// timeFollowers follow "a.m." or "p.m." inside a sentence: time zones,
// weekdays and months.
var timeFollowers = set(
	"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT",
	"GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT", "Eastern", "Central",
	"Pacific", "Mountain", "Atlantic", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec", "Local",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

/** English: the causes of changes in a turn report, one plain sentence each. */
export const causes = {
  'target.ownStock': 'Your {good}',
  'target.stock': "{actor}'s {good}",
  'target.ownRelation': 'Your relations with {other}',
  'target.relation': 'Relations between {a} and {b}',
  'change.head': '{target}: {before, number} → {after, number}',
  'cause.production': 'Home production (industry {munitions}% on munitions, {abroad}% of spare workers sent abroad).',
  'cause.harvestVariance': 'The harvest came in {pct}% {up, select, 1 {above} other {below}} plan.',
  'cause.consumption': 'Used up {used} (the need is {need} each turn).',
  'cause.shortage': 'Not enough {good}: {short, number} short of the {need, number} needed each turn.',
  'cause.needMet': 'The {good} needed this turn arrived in full.',
  'cause.shipmentBank': 'A payment ordered this turn.',
  'cause.shipmentKnowHow': 'Know-how sent this turn, with engineers and delegations.',
  'cause.shipment': 'A shipment ordered this turn, by the {route}.',
  'cause.dealDelivery': "This turn's delivery under {deal}.",
  'cause.dealAccepted': '{deal} was accepted.',
  'cause.dealCancelled': '{deal} was cancelled while it was running.',
  'cause.dealDefaulted': '{deal} could not be delivered this turn.',
  'cause.detection': 'A secret shipment on the {route} was spotted (it had a {odds} chance of being seen).',
  'cause.tradeTies': 'Goods changed hands between them this turn.',
  'cause.tradeInfluence':
    "China supplied {share}% of the value of North Korea's imports this turn; its influence moves toward that share.",
  'cause.borderFollowsStability': "The border follows the regime's stability ({stability}).",
  'cause.resolutionAdopted': 'The Council adopted the resolution: {draft}.',
  'cause.vetoCast': 'A veto against: {draft}.',
  'cause.vetoSuffered': 'Nine or more voted for it, but a permanent member vetoed: {draft}.',
  'cause.voteCost': 'A vote for sanctions ({draft}), which Pyongyang resents and the West notes.',
  'cause.condemnation': 'The Council condemned North Korea.',
  'cause.breachDetected': 'A secret delivery breaking {rule} was spotted.',
  'cause.breachDeclared': 'An open delivery broke {rule}.',
  'cause.notRepatriated': '{held} were still abroad at the deadline of {rule}.',
  'cause.panelLapsed': "The Panel of Experts' mandate ended: breaches now go largely unseen.",
  'cause.launch': '{n, plural, one {A missile launch} other {# missile launches}}.',
  'cause.launchEvent': '{n, plural, one {A missile launch} other {# missile launches}} ({event}).',
  'cause.event': 'Event: {event}.',
  'cause.covertMarkup':
    'A secret delivery: {sent} sent, {delivered} arrived. {pct}% went to middlemen and bribes: smuggling costs more where it is more likely to be spotted (a {odds} chance here).',
  'cause.integrityDrift':
    '{share}% of the value of the trade seen going in or out of North Korea this turn kept to the sanctions; how well they hold moves toward that share.',
  'cause.adoptionCapital':
    'The Council had already adopted {recent, plural, one {# resolution} other {# resolutions}} in the last {turns, plural, one {turn} other {# turns}}: each new one spends political capital ({cost, plural, one {# point} other {# points}} for each).',
  'cause.draftShort': "The Council majority's draft fell short of nine votes: {draft}.",
  'cause.vetoIsolates':
    'The draft had {yes, number} votes in favour ({min, number} or more are needed for this): a veto against so many isolates the country that cast it, and the Council wins back some authority.',
  'cause.reliefTabled':
    'A draft to ease the sanctions was put forward ({draft}): Pyongyang is grateful, the West is not.',
  'cause.lobbying': 'Courting a seat on the Council ({cost} in aid and visits).',
  'cause.knowHowUsed':
    'A launch or test put {used} to use: {points, plural, one {# more point} other {# more points}} for the programme.',
  'cause.knowHowSpent': 'A launch or test put {used} to use, but it failed: nothing gained for the programme.',
  'cause.knowHowSeen': 'The world saw {amount} handed over.',
  'cause.nuclearTest': 'North Korea tested a nuclear device.',
  'cause.holdFuel': 'China held back {held} due to North Korea this turn.',
  'cause.customs':
    'China tightened customs on the {route} this turn: secret cargo there is {n, plural, one {# point} other {# points}} of percent more likely to be spotted.',
} as const;

/** English: the full turn report. */
export const report = {
  'report.none':
    'No turn has been played yet. Give your orders and press End turn; the report then explains every change.',
  'report.title': 'Full report: {date} (turn {turn})',
  'report.refused': 'Your orders that were refused',
  'report.refusedAll': 'Orders that were refused',
  'report.refusedNone': 'None: every order was carried out.',
  'report.anOrder': 'An order',
  'report.council': 'Council votes',
  'report.councilNone': 'Nothing was put to the vote.',
  'report.shipments': 'Shipments you can see',
  'report.shipmentsNone': 'None.',
  'report.shipOpen': '{from} → {to}: {what} {route}, openly{deal, select, 1 { (under a deal)} other {}}.',
  'report.shipSecret':
    '{from} → {to}: {what} {route}, in secret, not spotted{deal, select, 1 { (under a deal)} other {}}.',
  'report.shipSpotted':
    '{from} → {to}: {what} {route}, in secret, and it was SPOTTED: everyone knows now{deal, select, 1 { (under a deal)} other {}}.',
  'report.deals': 'Deals',
  'report.shipSeized':
    '{from} → {to}: {what} {route}, in secret: it was SPOTTED and SEIZED, so neither side keeps it{deal, select, 1 { (under a deal)} other {}}.',
  'report.shipMarkup': 'Only {delivered} arrived: the rest went to middlemen and bribes.',
  'report.dealOf': 'a deal between {a} and {b}',
  'report.deal.proposed': 'Offered: {deal}.',
  'report.deal.accepted': 'Accepted: {deal}.',
  'report.deal.delivered': 'Delivered this turn: {deal}.',
  'report.deal.defaulted': 'Could not be delivered this turn: {deal}.',
  'report.deal.completed': 'Completed: {deal}.',
  'report.deal.cancelled': 'Cancelled: {deal}.',
  'report.deal.expired': 'Expired without an answer: {deal}.',
  'report.deal.held': 'Held back this turn (no deliveries either way): {deal}.',
  'report.sanctions': 'Sanctions and the Panel',
  'report.events': 'Events',
  'report.eventsNone': 'No event this turn.',
  'report.event': 'Event',
  'report.eventHead': '{kind}: {title}.',
  'report.change': '{head}. {why}',
  'report.chance': 'Chance',
  'report.sources': 'Sources: {list}.',
  'report.scores': 'Scores after the turn',
  'report.yourScore': 'Your score after the turn',
  'report.score': '{actor}: {score} of 100 ({change, plural, =0 {no change} other {{delta}}})',
  'report.everyChange': 'Every change and its cause ({n})',

  'note.draftTabled': 'Put to the Council, for a vote next turn: {draft}.',
  'note.measureInForce': 'In force from {date}: {draft}.',
  'note.panelLapsed': "The Panel of Experts' mandate ended: secret shipments are spotted less often on every route.",
  'note.panelWatches': 'The Panel of Experts watches {routes}.',
  'note.panelWatchesNone': 'The Panel of Experts watches no route in particular.',
  'note.capExceeded': '{who} delivered {amount} over {rule}, openly.',
  'note.banBroken': '{who} openly delivered {amount}, breaking {rule}.',
  'note.covertSpotted': 'A secret delivery by {who} of {amount}, breaking {rule}, was spotted: it is now evidence.',
  'note.covertUnseen': 'A secret delivery by {who} of {amount} broke {rule} unseen (only the two sides know).',
  'note.grace': '{amount} under an older contract were allowed by {rule} until {date}.',
  'note.notRepatriated': '{who} still had {amount} abroad at the deadline of {rule}.',
  'note.launch': 'North Korea launched {n, plural, one {a missile} other {# missiles}}.',
  'note.launchFailed':
    'North Korea launched {n, plural, one {a missile} other {# missiles}}, but the launch failed: the programme learned nothing from it.',
  'note.draftTabledBy': '{who} put to the Council, for a vote next turn: {draft}.',
  'note.seized':
    'A secret shipment of {what} from {who} to {to} {route} was spotted and seized: neither side keeps it.',
  'note.nuclearTest': 'North Korea tested a nuclear device.',
  'note.nuclearTestFailed':
    'North Korea tested a nuclear device, but it fizzled: the programme learned nothing from it.',
  'note.lobbied':
    '{who} courted {seat} on the Council: in votes up to {date}, that seat leans {n, plural, one {# point} other {# points}} against sanctions.',
  'note.fuelHeld': '{who} held back {amount} due to North Korea under its deals this turn.',
  'note.customsTightened':
    '{who} tightened customs on the {routes}: this turn, secret cargo there is {n, plural, one {# point} other {# points}} of percent more likely to be spotted.',
  'note.knowHowUsed':
    'North Korea put {what} from abroad to use: its programme gained {n, plural, one {# point} other {# points}} more. Only North Korea sees where that came from.',
  'note.knowHowOdds': 'With that help the odds that it would work were {pct}%.',
  'note.knowHowWasted':
    'North Korea put {what} from abroad to use, but it failed all the same: the help is spent. Only North Korea knows it was there.',
} as const;

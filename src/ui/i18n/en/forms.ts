/** English: the order forms. */
export const forms = {
  'form.cancelEdit': 'Cancel the edit',
  'form.save': 'Save order {n}',
  'form.editing': '{label} (changing order {n})',
  'form.enterNumber': 'Enter a number for "{label}".',
  'form.wholeNumber': '"{label}" must be a whole number.',
  'form.between': '"{label}" must be between {min, number} and {max, number}.',
  'form.malformed': 'This order cannot be made. Check the fields and try again.',
  'form.resourceOption': '{good} ({unit})',
  'form.routeClosed': '{name} (closed)',
  'form.noRoute': 'No route: money goes through the banks, know-how with people',
  'form.route': 'Route',
  'form.routeHint': 'Goods travel by a route that joins you and your partner; money and know-how need none.',
  'form.needsRoute': 'Goods such as {good} must travel by a route.',
  'form.mode': 'Openly or in secret?',
  'form.modeDeclared': 'Openly (everyone sees it)',
  'form.modeCovert': 'In secret (it may be spotted)',

  'form.ship.label': 'Ship goods or money',
  'form.ship.submit': 'Add the shipment',
  'form.ship.to': 'Send to',
  'form.ship.resource': 'What',
  'form.ship.amount': 'How much',
  'form.knowhow':
    'Know-how (space and weapons technology) travels with engineers and delegations: choose no route. North Korea gains from it only when it launches or tests: each package adds {points, plural, one {# point} other {# points}} to its programme.{seen, select, 1 { If the world sees it, sent openly or spotted in secret, you lose {rep, plural, one {# point} other {# points}} of {standing}{china, select, 1 {, and if it goes to North Korea, relations between Russia and China fall by {chinaRel, number}} other {}}.} other {}}',

  'form.deal.label': 'Offer a deal',
  'form.deal.submit': 'Add the offer',
  'form.deal.to': 'Partner',
  'form.deal.give': 'You give',
  'form.deal.giveAmount': 'How much you give each turn',
  'form.deal.get': 'You get',
  'form.deal.getAmount': 'How much you get each turn',
  'form.deal.turns': 'For how many turns',
  'form.deal.how':
    'Your partner can accept it next turn; then both sides deliver every turn until it ends. Give 0 to offer aid.',
  'form.deal.nothing': 'A deal must move something: both amounts are 0.',

  'form.priorities.label': 'Set priorities at home',
  'form.priorities.submit': 'Set the priorities',
  'form.priorities.munitions': 'Industry making munitions (%)',
  'form.priorities.munitionsHint': 'The rest of industry grows food.',
  'form.priorities.abroad': 'Spare workers sent abroad (%)',
  'form.priorities.abroadHint': 'The rest work the fields at home.',

  'form.draft.label': 'Put a draft resolution to the Council',
  'form.draft.submit': 'Add the draft',
  'form.draft.measure': 'What it would do',
  'form.draft.value': 'Number',
  'form.draft.range': 'For this measure the number must be between {min, number} and {max, number}.',
  'form.draft.rule':
    'The Council votes on it next turn (at most {n, plural, one {# draft} other {# drafts}} a turn). It passes with 9 votes in favour and no veto. A draft that would change nothing, such as a ban already in force, is refused.',
  'form.draft.reliefLabel': 'Put a draft to ease the sanctions to the Council',
  'form.draft.reliefRule':
    'The Council votes on it next turn; you can put one draft a turn. Putting it forward pleases Pyongyang (relations with it improve by {prk, number}) and costs {rep, plural, one {# point} other {# points}} of {indicator}. It passes with 9 votes in favour and no veto: the United States, the United Kingdom and France can each block it.',
  'form.draft.help.oilCap':
    'Limits refined oil going into North Korea each year, from the turn after it passes. Number: thousand barrels a year. Open deliveries count against it; secret ones only when spotted.',
  'form.draft.help.workerBan':
    'Bans North Korean workers abroad from the turn after it passes. Number: turns until they must be home (0: at once); workers still abroad then count as evidence.',
  'form.draft.help.armsEmbargo': 'Bans munitions from North Korea to anyone, from the turn after it passes.',
  'form.draft.help.renewPanel':
    'Gives the Panel of Experts a new mandate. Number: how many turns it lasts. While it works, secret shipments are spotted more often, more so on the routes it watches.',
  'form.draft.help.condemn':
    'Condemns the launches and violations. No new sanction, but relations between North Korea and the Council fall if it passes.',
  'form.draft.help.relief':
    'Lets North Korean workers go abroad again and, from the turn after it passes, raises the oil cap to the number if that is higher than the cap in force. Number: the new cap in thousand barrels a year (0: the cap stays as it is).',

  'form.vote.label': 'Your vote: {draft}',
  'form.vote.submit': 'Cast the vote',
  'form.vote.when': 'Put to the Council in {tabled}; the vote is this turn.',
  'form.vote.choice': 'Your vote',
  'form.vote.yes': 'Yes',
  'form.vote.no': 'No (a veto, if nine or more vote yes)',
  'form.vote.abstain': 'Abstain (not a veto)',
  'form.vote.default':
    'If you give no vote, you vote {vote, select, yes {yes} no {no} other {abstain}}. As a permanent member, your "no" blocks the draft even with nine votes in favour.',

  'form.monitor.label': 'Send the Panel of Experts',
  'form.monitor.submit': 'Send the Panel',
  'form.monitor.routes': 'Routes to watch',
  'form.monitor.status':
    'The Panel works until {end}. It can watch {max, plural, one {# route} other {# routes}} at once; each watched route is {bonus} points of percent more likely to catch a secret shipment.',
  'form.monitor.none': 'There is no Panel of Experts in this game.',
  'form.monitor.lapsed': 'The Panel stopped work after {end}: the Council must renew its mandate first.',
  'form.monitor.replace': 'The new list replaces the old one; leave every box empty to stop watching.',
  'form.monitor.tooMany': 'The Panel can watch {max, plural, one {# route} other {# routes}} at once; you ticked {n}.',

  'form.launch.label': 'Test-launch missiles',
  'form.launch.submit': 'Order the launch',
  'form.launch.count': 'How many missiles',
  'form.launch.countHint': 'From 1 to {max, number} in one launch order.',
  'form.launch.intro': 'One launch order this turn:',
  'form.launch.cost':
    '{count, plural, one {# missile costs} other {# missiles cost}} {total} of hard currency ({each} each).',
  'form.launch.evidence':
    'the Council sees every missile, and the elected seats weigh each one when they vote on sanctions',
  'form.launch.once': 'one launch order a turn at most',

  'form.effect.programme': 'your weapons and space programme gains {n, plural, one {# point} other {# points}}',
  'form.effect.odds':
    'it works {pct}% of the time; if it fails, the programme gains nothing, and the costs below are paid all the same',
  'form.effect.knowhowOdds':
    'each package of know-how in your stock that it puts to use makes it likelier to work: {n, plural, one {# point} other {# points}} of percent more',
  'form.effect.knowhowBoth':
    'each package of know-how in your stock that it puts to use (up to {max, plural, one {# package} other {# packages}}) makes it likelier to work, {odds} points of percent more, and adds {n, plural, one {# more point} other {# more points}} if it works',
  'form.effect.knowhow':
    'each package of know-how in your stock that it puts to use adds {n, plural, one {# more point} other {# more points}} (up to {max, plural, one {# package} other {# packages}})',
  'form.effect.china': 'relations with China fall by {n, number}',
  'form.effect.council': 'relations with the Security Council fall by {n, number}',
  'form.effect.cost': 'it costs {cost} of hard currency',

  'form.nuclear.label': 'Test a nuclear device',
  'form.nuclear.submit': 'Order the test',
  'form.nuclear.intro': 'A nuclear test this turn:',
  'form.nuclear.evidence':
    'the elected seats weigh it like {n, plural, one {# missile launch} other {# missile launches}} when they vote on sanctions',
  'form.nuclear.once': 'one test a turn at most',

  'form.lobby.label': 'Court an elected member of the Council',
  'form.lobby.submit': 'Court the seat',
  'form.lobby.seat': 'Seat to court',
  'form.lobby.cost': 'it costs {cost} of hard currency (aid, visits and promises)',
  'form.lobby.effect':
    '{turns, plural, one {this turn} other {for # turns, this one included}}, the seat leans {points, plural, one {# point} other {# points}} against sanctions and toward easing them (a seat votes yes when its score for a draft reaches {yesAt, number})',
  'form.lobby.public': 'everyone sees whom you court',
  'form.lobby.once': 'one seat a turn at most',
  'form.lobby.none': 'There is no elected seat to court in this game.',

  'form.holdFuel.label': 'Hold back fuel for North Korea',
  'form.holdFuel.submit': "Hold back this turn's fuel",
  'form.holdFuel.due':
    "Due to North Korea this turn under your deals: {amount}. If you hold it back, this turn's deliveries are skipped (North Korea does not pay for them either), and the deals carry on.",
  'form.holdFuel.none': 'No fuel is due to North Korea under your deals this turn: there is nothing to hold back.',
  'form.holdFuel.shaken': 'a regime short of fuel is shaken, and the border follows it',

  'form.customs.label': 'Tighten customs on a border route',
  'form.customs.submit': 'Tighten customs',
  'form.customs.route': 'Route',
  'form.customs.odds':
    'this turn, a secret shipment on that route is {n, plural, one {# point} other {# points}} of percent more likely to be spotted',
  'form.customs.none': 'None of the routes crosses your border.',

  'form.lever.gains':
    "China's influence over Pyongyang rises by {influence, number} and its standing with the West by {standing, number}",
  'form.lever.costs':
    'relations with North Korea fall by {relation, number}, and calm on the border by {border, number}',
  'form.lever.public': 'everyone sees it',
} as const;

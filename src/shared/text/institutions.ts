/**
 * Words every country's institutions and offices are named with ("District Office", "High Court",
 * "Ministry of Health", "the Senate", "Urban Transport Workers' Union", "Rescue Coordination
 * Centre", "Central Bank"), and their portfolios:
 * capitalized in any story, so they name no event, neither in clustering's names
 * (cluster/capitals.ts) nor in the edition's rare names (edition/rare-names.ts).
 */
export const INSTITUTION_WORDS: readonly string[] = (
  'office offices district court courts ministry ministries department agency commission council committee ' +
  'authority police army navy government parliament senate house congress assembly state province region ' +
  'city county municipality national international federal republic union party minister president prime ' +
  'secretary governor mayor chief general director deputy public service services high supreme ' +
  // …and the portfolios they are named for ("Occupational Safety and Health Administration",
  // "Ministry of Labour Relations and Workplace Safety", "Fire and Rescue Department").
  'administration bureau institute inspectorate division health safety occupational workplace labour labor ' +
  'relations employment transport transportation education environment interior justice defence defense ' +
  'finance energy agriculture trade industry commerce affairs foreign security emergency management ' +
  'fire rescue brigade ' +
  // …and the buildings and bodies they work from: a prison's "Correctional Centre" and a coast
  // guard's "Rescue Coordination Centre" of two countries share no name, nor do two companies'
  // "Holdings" and "Group" listed on two countries' "Stock Exchange", nor two airlines' "Air", nor
  // two cities' "Metro" and "Airport" ("Thessaloniki Metro Operations" and Dhaka's "Metro Rail").
  'centre center bank stock exchange securities holdings group limited ltd plc inc corporation air airlines airways ' +
  'metro subway tram railway railways rail airport ' +
  // …and the bodies of a trade and the trade they are named for: Malawi's "Primary Teachers'
  // Association" and a Lithuanian "Teachers' Union" of two strikes a week apart share no name.
  'association associations federation confederation syndicate guild teachers workers employees ' +
  'nurses doctors drivers pilots engineers miners dockers farmers journalists'
).split(' ');

// Ethnic, religious and political groups that news names as groups of people, with the forms they are
// written in. A demonym that belongs to one country counts for that country instead (gazetteer.ts). Data.

/** One group: its name as a node label, and the other forms that name it (singular, adjective). */
export interface GroupName {
  name: string;
  forms: readonly string[];
}

/** Groups that no country's demonym covers. */
export const GROUP_NAMES: readonly GroupName[] = [
  // Religious groups.
  { name: "Muslims", forms: ["Muslim"] },
  { name: "Christians", forms: ["Christian"] },
  { name: "Jews", forms: ["Jew"] },
  { name: "Hindus", forms: ["Hindu"] },
  { name: "Buddhists", forms: ["Buddhist"] },
  { name: "Sikhs", forms: ["Sikh"] },
  { name: "Sunnis", forms: ["Sunni", "Sunni Muslims"] },
  { name: "Shias", forms: ["Shia", "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Shia Muslims"] },
  { name: "Alawites", forms: ["Alawite"] },
  { name: "Druze", forms: [] },
  { name: "Yazidis", forms: ["Yazidi", "Yezidi", "Yezidis"] },
  { name: "Copts", forms: ["Copt", "Coptic Christians"] },
  { name: "Catholics", forms: ["Catholic"] },
  { name: "Protestants", forms: ["Protestant"] },
  { name: "Evangelicals", forms: ["Evangelical"] },
  { name: "Ahmadis", forms: ["Ahmadi", "Ahmadiyya"] },
  { name: "Baha'is", forms: ["Baha'i", "Bahá'í"] },
  // Ethnic groups and peoples.
  { name: "Kurds", forms: ["Kurd"] },
  { name: "Arabs", forms: ["Arab"] },
  { name: "Berbers", forms: ["Berber", "Amazigh"] },
  { name: "Pashtuns", forms: ["Pashtun", "Pathans"] },
  { name: "Hazaras", forms: ["Hazara"] },
  { name: "Baloch", forms: ["Baluch", "Balochis"] },
  { name: "Uyghurs", forms: ["Uyghur", "Uighur", "Uighurs"] },
  { name: "Rohingya", forms: ["Rohingyas"] },
  { name: "Tamils", forms: ["Tamil"] },
  { name: "Māori", forms: ["Maori"] },
  { name: "Inuit", forms: [] },
  { name: "Aboriginal Australians", forms: ["Aborigines", "Aboriginal people"] },
  { name: "Roma", forms: ["Romani"] },
  { name: "Bedouin", forms: ["Bedouins"] },
  { name: "Tuareg", forms: ["Tuaregs"] },
  { name: "Fulani", forms: [] },
  { name: "Hutu", forms: ["Hutus"] },
  { name: "Tutsi", forms: ["Tutsis"] },
  { name: "Yoruba", forms: [] },
  { name: "Igbo", forms: [] },
  { name: "Hausa", forms: [] },
  { name: "Zulu", forms: ["Zulus"] },
  { name: "Maasai", forms: ["Masai"] },
  { name: "Tatars", forms: ["Tatar", "Crimean Tatars"] },
  { name: "Chechens", forms: ["Chechen"] },
  { name: "Assyrians", forms: ["Assyrian"] },
  { name: "Circassians", forms: ["Circassian"] },
  { name: "Latinos", forms: ["Latino", "Latina", "Latinas", "Latinx"] },
  { name: "Hispanics", forms: ["Hispanic"] },
  // Continents' peoples by the plural only: "African", "European" are most often "of the continent".
  { name: "Africans", forms: [] },
  { name: "Europeans", forms: [] },
  { name: "Asians", forms: [] },
  { name: "Westerners", forms: [] },
  { name: "Native Americans", forms: ["Native American", "American Indians"] },
  { name: "First Nations", forms: [] },
  // Political and armed movements named as their members.
  { name: "Houthis", forms: ["Houthi"] },
  { name: "Islamists", forms: ["Islamist"] },
  { name: "Zionists", forms: ["Zionist"] },
  { name: "Jihadists", forms: ["Jihadist"] },
  { name: "Salafists", forms: ["Salafist", "Salafis", "Salafi"] },
];

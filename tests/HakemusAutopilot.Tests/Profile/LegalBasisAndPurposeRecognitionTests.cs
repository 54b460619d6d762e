using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class LegalBasisAndPurposeRecognitionTests
{
    [TestCase("Tietosuojalaki", "1050/2018")]
    [TestCase("tietosuojalaki", null)]
    [TestCase("TIETOSUOJALAKI", null)]
    [TestCase("Tietosuojalain 4 §", null)]
    [TestCase("Laki", "1050/2018")]
    [TestCase("Väestötietolaki", null)]
    [TestCase("väestötietolaki (661/2009)", null)]
    [TestCase("Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista", null)]
    [TestCase("LAKI VÄESTÖTIETOJÄRJESTELMÄSTÄ JA DIGI- JA VÄESTÖTIETOVIRASTON VARMENNEPALVELUISTA", "661/2009")]
    [TestCase("Laki väestötiedoista", "661/2009")]
    [TestCase("GDPR", null)]
    [TestCase("gdpr", null)]
    [TestCase("EU:n yleinen tietosuoja-asetus", null)]
    [TestCase("Tietosuoja-asetus", "(EU) 2016/679")]
    [TestCase("Euroopan parlamentin ja neuvoston asetus", "2016/679")]
    [TestCase("Dataskyddslagen", null)]
    [TestCase("Data Protection Act", null)]
    [TestCase("General Data Protection Regulation", null)]
    [TestCase("EU:s allmänna dataskyddsförordning", null)]
    [TestCase("Lag om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster", "661/2009")]
    [TestCase("Befolkningsdatalagen", null)]
    [TestCase("Population Information Act", null)]
    [TestCase("Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency", null)]
    public void A_general_law_is_recognised_by_name_or_number_in_any_letter_case(string statute, string? number) =>
        Assert.That(GeneralLaws.Recognise(statute, number), Is.Not.Null);

    [TestCase("Laki ammatillisesta koulutuksesta", "531/2017")]
    [TestCase("Lukiolaki", "714/2018")]
    [TestCase("Ammattikorkeakoululaki", "932/2014")]
    [TestCase("Laki valtakunnallisista opinto- ja tutkintorekistereistä", "884/2017")]
    [TestCase("Oppivelvollisuuslaki", "1214/2020")]
    [TestCase("Yliopistolaki", "558/2009")]
    [TestCase("Laki", "11050/2018")]
    [TestCase("Lag om yrkesutbildning", "531/2017")]
    [TestCase("Gymnasielag", "714/2018")]
    [TestCase("Yrkeshögskolelag", "932/2014")]
    [TestCase("Läropliktslag", "1214/2020")]
    [TestCase("Lag om nationella studie- och examensregister", "884/2017")]
    [TestCase("Vocational Education and Training Act", "531/2017")]
    [TestCase("General Upper Secondary Schools Act", "714/2018")]
    [TestCase("Universities of Applied Sciences Act", "932/2014")]
    [TestCase("Compulsory Education Act", "1214/2020")]
    [TestCase("Act on National Registers of Education Records, Qualifications and Degrees", "884/2017")]
    public void A_sector_law_is_not_taken_for_a_general_law(string statute, string? number) =>
        Assert.That(GeneralLaws.Recognise(statute, number), Is.Null);

    [TestCase("järjestelmän päivittäminen")]
    [TestCase("Tekninen päivitys")]
    [TestCase("opiskelijahallintojärjestelmän päivitys")]
    [TestCase("tietojärjestelmien ylläpito")]
    [TestCase("tietojen päivittäminen järjestelmään")]
    [TestCase("päivitämme opiskelijahallintojärjestelmää")]
    [TestCase("VTJ-muutosrajapinnan käyttöönotto")]
    [TestCase("teknisistä syistä")]
    [TestCase("uppdatering av systemet")]
    [TestCase("system update")]
    [TestCase("keeping the data up to date")]
    [TestCase("systemuppdatering")]
    [TestCase("av tekniska skäl")]
    [TestCase("underhåll av informationssystemen")]
    [TestCase("uppdatering av uppgifterna i systemet")]
    [TestCase("ibruktagning av VTJ-ändringsgränssnittet")]
    [TestCase("synkronisering av studerandeuppgifter")]
    [TestCase("hålla uppgifterna aktuella")]
    [TestCase("for technical reasons")]
    [TestCase("maintenance of information systems")]
    [TestCase("updating the data in the system")]
    [TestCase("introducing the VTJ change interface")]
    [TestCase("keeping student data up to date")]
    public void A_task_that_is_only_a_technical_need_is_recognised(string task) =>
        Assert.That(TechnicalNeeds.IsOnlyTechnical(task), Is.True);

    [TestCase("opiskelijaksi ottaminen ja opiskelijavalinnat")]
    [TestCase("opiskelijarekisterin ylläpito")]
    [TestCase("oppivelvollisten opiskelijoiden ohjaus ja oppivelvollisuuden suorittamisen valvonta")]
    [TestCase("tutkintotodistusten toimittaminen opiskelijalle")]
    [TestCase("opinto- ja tutkintotietojen toimittaminen korkeakoulujen valtakunnalliseen tietovarantoon")]
    [TestCase("antagning av studerande och studerandeval")]
    [TestCase("förande av studeranderegistret")]
    [TestCase("upprätthållande av studeranderegistret i det studieadministrativa systemet")]
    [TestCase("handledning av läropliktiga studerande och övervakning av att läroplikten fullgörs")]
    [TestCase("admission and selection of students")]
    [TestCase("keeping the student register")]
    [TestCase("maintaining the student register in the student administration system")]
    [TestCase("updating the student register")]
    [TestCase("integration training for immigrant students")]
    [TestCase("supervision of the completion of compulsory education")]
    public void A_task_the_data_serves_is_not_taken_for_a_technical_need(string task) =>
        Assert.That(TechnicalNeeds.IsOnlyTechnical(task), Is.False);

    [TestCase("kitten", "sitting", 3)]
    [TestCase("bussinessId", "businessId", 1)]
    [TestCase("", "abc", 3)]
    [TestCase("same", "same", 0)]
    public void Key_suggestions_measure_the_edit_distance(string a, string b, int distance) =>
        Assert.That(EditDistance.Between(a, b), Is.EqualTo(distance));
}

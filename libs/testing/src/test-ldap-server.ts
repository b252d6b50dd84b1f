import { Client } from 'ldapts';
import { testEnvironment } from './test-environment';

export interface TestLdapPerson {
  uid: string;
  name: string;
  email: string;
  password: string;
  phone?: string;
  department?: string;
}

// The slapd tools/test runs (plain LDAP on 127.0.0.1), seeded under TESSERA_TEST_LDAP_BASE with
// ou=people and a few people (uid marta, joan, anna; password "<uid>-secret-passphrase"). Test
// files add people of their own, with names no other file uses, as the directory's admin.
export interface TestLdapServer {
  url: string;
  base: string;
  people: string;
  bindDn: string;
  bindPassword: string;
  addPerson(person: TestLdapPerson): Promise<string>;
}

export function testLdapServer(): TestLdapServer {
  const env = testEnvironment('TESSERA_TEST_LDAP_URL', 'TESSERA_TEST_LDAP_BASE', 'TESSERA_TEST_LDAP_BIND_DN', 'TESSERA_TEST_LDAP_BIND_PASSWORD');
  const people = `ou=people,${env.TESSERA_TEST_LDAP_BASE}`;
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ url: env.TESSERA_TEST_LDAP_URL });
    try {
      await client.bind(env.TESSERA_TEST_LDAP_BIND_DN, env.TESSERA_TEST_LDAP_BIND_PASSWORD);
      return await work(client);
    } finally {
      await client.unbind();
    }
  };
  return {
    url: env.TESSERA_TEST_LDAP_URL,
    base: env.TESSERA_TEST_LDAP_BASE,
    people,
    bindDn: env.TESSERA_TEST_LDAP_BIND_DN,
    bindPassword: env.TESSERA_TEST_LDAP_BIND_PASSWORD,
    addPerson: (person) =>
      admin(async (client) => {
        const dn = `uid=${person.uid},${people}`;
        await client.add(dn, {
          objectClass: 'inetOrgPerson',
          uid: person.uid,
          cn: person.name,
          sn: person.name.split(' ').at(-1) ?? person.name,
          mail: person.email,
          userPassword: person.password,
          ...(person.phone ? { telephoneNumber: person.phone } : {}),
          ...(person.department ? { departmentNumber: person.department } : {}),
        });
        return dn;
      }),
  };
}

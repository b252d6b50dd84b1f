import { escapeFilterValue, filterProblem, personFilter } from './ldap-filter';

describe('LDAP search filters', () => {
  it('escapes the characters RFC 4515 reserves in a value', () => {
    expect(escapeFilterValue('a*b(c)d\\e\0f')).toBe('a\\2ab\\28c\\29d\\5ce\\00f');
    expect(escapeFilterValue('núria.puig@example.org')).toBe('núria.puig@example.org');
  });

  it('puts the escaped name into every placeholder of the template', () => {
    expect(personFilter('(|(uid={{username}})(mail={{username}}))', 'marta')).toBe('(|(uid=marta)(mail=marta))');
    // An attempt to widen the search stays one literal value.
    expect(personFilter('(&(objectClass=person)(uid={{username}}))', '*)(uid=*')).toBe('(&(objectClass=person)(uid=\\2a\\29\\28uid=\\2a))');
  });

  it('accepts one balanced expression with the placeholder only', () => {
    expect(filterProblem('(uid={{username}})')).toBeNull();
    expect(filterProblem('(&(objectClass=inetOrgPerson)(uid={{username}}))')).toBeNull();
    expect(filterProblem('(uid=marta)')).toMatch(/username/);
    expect(filterProblem('uid={{username}}')).toMatch(/parentheses/);
    expect(filterProblem('(&(uid={{username}})')).toMatch(/open/);
    expect(filterProblem('(uid={{username}}))(cn=x)')).toMatch(/never opened/);
  });
});

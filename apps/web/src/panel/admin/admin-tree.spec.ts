import { treeOrder } from './admin-tree';

describe('treeOrder', () => {
  it('puts each row under its parent, by name, with its depth', () => {
    const rows = [
      { id: 'c', name: 'Enrolment', parentId: 'a' },
      { id: 'a', name: 'Student office', parentId: null },
      { id: 'b', name: 'Accounts', parentId: null },
      { id: 'd', name: 'Certificates', parentId: 'a' },
      { id: 'e', name: 'Late enrolment', parentId: 'c' },
    ];
    expect(treeOrder(rows, 'parentId').map(({ row, depth }) => `${depth}:${row.name}`)).toEqual(['0:Accounts', '0:Student office', '1:Certificates', '1:Enrolment', '2:Late enrolment']);
  });

  it('shows a row whose parent is missing at the top', () => {
    expect(treeOrder([{ id: 'x', name: 'Orphan', parentId: 'gone' }], 'parentId')).toEqual([{ row: { id: 'x', name: 'Orphan', parentId: 'gone' }, depth: 0 }]);
  });
});

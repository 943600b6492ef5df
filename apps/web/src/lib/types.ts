/** Shapes of the API's JSON (see DESIGN.md "API"); shared by server code and components. */

export type Role = 'entrant' | 'judge' | 'organizer';

export interface Me {
  id: string;
  email: string;
  fullName: string;
  unitId: number;
  unitName: string;
  roles: Role[];
}

export interface Unit {
  id: number;
  name: string;
  headcount: number;
}

export interface SetupStatus {
  needed: boolean;
}

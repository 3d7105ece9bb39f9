import type { components } from '../../lib/api/schema';

export type Agreement = components['schemas']['Agreement'];
export type AgreementUpdate = components['schemas']['AgreementUpdate'];
export type Signatory = components['schemas']['Signatory'];
export type SignatoryInput = components['schemas']['SignatoryInput'];
export type Adhesion = components['schemas']['Adhesion'];
export type AdhesionStatus = components['schemas']['AdhesionStatus'];
export type AdhesionRegister = components['schemas']['AdhesionRegister'];
export type KindCount = components['schemas']['KindCount'];
export type OrganizationKind = components['schemas']['OrganizationKind'];

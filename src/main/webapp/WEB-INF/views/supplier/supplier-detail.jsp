<t:layout title="${supplier.name}" active="pemasok">
<div class="page-head">
    <h1 class="page-title"><c:out value="${supplier.name}"/></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/pemasok'/>"><fmt:message key="common.back"/></a>
        <a class="btn" href="<c:url value='/pemasok/edit'><c:param name='id' value='${supplier.id}'/></c:url>"><fmt:message key="common.edit"/></a>
    </div>
</div>
<p class="muted"><c:out value="${supplier.phone}"/><c:if test="${not empty supplier.address}"> · <c:out value="${supplier.address}"/></c:if></p>
<c:if test="${not empty errors}">
    <fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}" var="errorText"><fmt:param value="${empty errors['amount'] ? errors['argument'] : cermin:rupiah(errors['amount'])}"/></fmt:message>
    <div class="alert alert-error" role="alert" id="pay-error"><c:out value="${errorText}"/></div>
</c:if>
<h2 class="section-title"><fmt:message key="supplier.openReceipts"/></h2>
<div class="table-wrap">
<table class="data" id="payables">
    <thead><tr>
        <th><fmt:message key="report.reference"/></th>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="supplier.dueOn"/></th>
        <th class="num"><fmt:message key="kasir.total"/></th>
        <th class="num"><fmt:message key="supplier.returned"/></th>
        <th class="num"><fmt:message key="supplier.paid"/></th>
        <th class="num"><fmt:message key="supplier.owed"/></th>
        <th><fmt:message key="supplier.pay"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${payables}" var="p">
        <tr data-stock-in="<c:out value='${p.stockInId()}'/>">
            <td class="name"><a href="<c:url value='/laporan/masuk/detail'><c:param name='id' value='${p.stockInId()}'/></c:url>"><c:out value="${p.reference()}"/></a></td>
            <td class="nowrap"><c:out value="${cermin:date(p.receivedAt())}"/></td>
            <td class="nowrap"><c:out value="${p.dueOn()}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.totalCost())}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.returned())}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.paid())}"/></td>
            <td class="num money owed"><c:out value="${cermin:rupiah(p.outstanding())}"/></td>
            <td class="nowrap">
                <c:if test="${p.outstanding() > 0}">
                <form class="inline pay-form" method="post" action="<c:url value='/pemasok/bayar'/>">
                    <t:csrf/>
                    <input type="hidden" name="key" value="<c:out value='${formKey}'/>">
                    <input type="hidden" name="supplierId" value="<c:out value='${supplier.id}'/>">
                    <input type="hidden" name="stockInId" value="<c:out value='${p.stockInId()}'/>">
                    <fmt:message key="shift.amount" var="amountLabel"/>
                    <input name="amount" class="num line-qty" inputmode="numeric" maxlength="15" aria-label="<c:out value='${amountLabel}'/>" value="<c:out value='${p.outstanding()}'/>">
                    <label class="nowrap"><input type="checkbox" name="fromDrawer" value="1"> <fmt:message key="supplier.fromDrawer"/></label>
                    <button class="btn btn-small btn-primary"><fmt:message key="supplier.pay"/></button>
                </form>
                </c:if>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty payables}"><tr><td colspan="8" class="muted"><fmt:message key="supplier.nothingOwed"/></td></tr></c:if>
    </tbody>
</table>
</div>
<h2 class="section-title"><fmt:message key="supplier.payments"/></h2>
<div class="table-wrap">
<table class="data" id="payments">
    <thead><tr>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="report.reference"/></th>
        <th class="num"><fmt:message key="shift.amount"/></th>
        <th><fmt:message key="shift.note"/></th>
        <th><fmt:message key="opname.countedBy"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${payments}" var="p">
        <tr>
            <td class="nowrap"><c:out value="${cermin:dateTime(p.paidAt())}"/></td>
            <td><c:out value="${p.reference()}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.amount())}"/></td>
            <td><c:if test="${p.fromDrawer()}"><span class="badge"><fmt:message key="supplier.fromDrawer"/></span> </c:if><c:out value="${p.note()}"/></td>
            <td><c:out value="${p.by()}"/></td>
        </tr>
    </c:forEach>
    <c:if test="${empty payments}"><tr><td colspan="5" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
